package org.carenetwork.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a recovery instead of asserting the first call after it. A service just restarted is
 * a cold JVM, and on a busy machine its first answers can miss the caller's budget; what a test
 * of recovery proves is that the answers come back, not how soon. {@link #until} repeats a call
 * every 250 ms until its answer is the expected one, for at most 60 s, and then fails naming the
 * last answer.
 */
public final class Eventually {

    public static final Duration DEADLINE = Duration.ofSeconds(60);
    public static final Duration EVERY = Duration.ofMillis(250);

    private Eventually() {
    }

    /**
     * @param what     what is waited for, for the failure message ("a full care match")
     * @param call     makes the call once and returns its answer; an exception counts as a wrong answer
     * @param done     whether an answer is the expected one
     * @param describe an answer as the failure message shows it (say, status and body)
     * @return the first expected answer
     */
    public static <T> T until(String what, Supplier<T> call, Predicate<? super T> done,
                              Function<? super T, String> describe) {
        Instant deadline = Instant.now().plus(DEADLINE);
        String last = "none";
        Exception lastError = null;
        while (true) {
            try {
                T answer = call.get();
                if (done.test(answer)) {
                    return answer;
                }
                last = describe.apply(answer);
                lastError = null;
            } catch (Exception e) {
                last = e.toString();
                lastError = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + DEADLINE.toSeconds() + " s for " + what + "; the last answer: "
                        + last, lastError);
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}

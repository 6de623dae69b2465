package org.carenetwork.referral.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code base} after the first attempt, doubling after each
 * further one, never more than {@code max} apart, and not at all once {@code retryFor} has passed
 * since the event (then the delivery is given up).
 */
public record Backoff(Duration base, Duration max, Duration retryFor) {

    /** The wait after {@code attempts} failed attempts (1 or more). */
    public Duration delayAfter(int attempts) {
        Duration delay = base;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The next attempt after {@code attempts} failures at {@code now}, or empty when the delivery is given up. */
    public Optional<Instant> nextAttempt(Instant occurredAt, int attempts, Instant now) {
        Instant next = now.plus(delayAfter(attempts));
        return next.isAfter(occurredAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
    }
}

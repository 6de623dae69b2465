package org.carenetwork.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retry times with the production settings: 30 s doubling, at most an hour apart, for 24 hours. */
class BackoffTests {

    static final Backoff PRODUCTION = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    @ParameterizedTest(name = "after {0} failed attempts: {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "5, PT8M", "7, PT32M", "8, PT1H", "9, PT1H", "40, PT1H"})
    void delays_doubleUpToTheMaximum(int attempts, Duration delay) {
        assertEquals(delay, PRODUCTION.delayAfter(attempts));
    }

    @ParameterizedTest(name = "{1} after the event, attempt {0}: next {2}")
    @CsvSource({"1, PT0S, PT30S", "8, PT10H, PT11H", "9, PT23H, PT24H", "9, PT23H0M1S, ", "30, PT24H, "})
    void deliveries_areGivenUp_after24Hours(int attempts, Duration since, Duration next) {
        Instant event = Instant.parse("2026-11-22T14:00:00Z");
        assertEquals(Optional.ofNullable(next).map(event::plus), PRODUCTION.nextAttempt(event, attempts, event.plus(since)));
    }
}

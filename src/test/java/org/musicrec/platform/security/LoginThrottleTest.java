package org.musicrec.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void freeFailuresThenDoublingLocksUpToTheCap() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(3, Duration.ofSeconds(10), 100, clock);
        t.failed("10.0.0.1");
        t.failed("10.0.0.1");
        assertEquals(Optional.empty(), t.locked("10.0.0.1"), "two failures are free");
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(1)), t.locked("10.0.0.1"), "the third locks for 1 s");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), t.locked("10.0.0.1"), "the lock runs out");
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(2)), t.locked("10.0.0.1"));
        clock.advance(Duration.ofSeconds(2));
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(4)), t.locked("10.0.0.1"));
        clock.advance(Duration.ofSeconds(4));
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(8)), t.locked("10.0.0.1"));
        clock.advance(Duration.ofSeconds(8));
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(10)), t.locked("10.0.0.1"), "capped");
        for (int i = 0; i < 100; i++) {
            t.failed("10.0.0.1");
        }
        assertEquals(Optional.of(Duration.ofSeconds(10)), t.locked("10.0.0.1"), "still capped, no overflow");
    }

    @Test
    void otherAddressesAreNotLockedAndSuccessClears() {
        ManualClock clock = new ManualClock();
        LoginThrottle t = new LoginThrottle(1, Duration.ofMinutes(5), 100, clock);
        t.failed("10.0.0.1");
        assertTrue(t.locked("10.0.0.1").isPresent());
        assertEquals(Optional.empty(), t.locked("10.0.0.2"), "a stranger elsewhere cannot lock the administrator out");
        clock.advance(Duration.ofSeconds(1));
        t.succeeded("10.0.0.1");
        t.failed("10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(1)), t.locked("10.0.0.1"), "a success starts the count again");
    }

    @Test
    void theTableIsBounded() {
        LoginThrottle t = new LoginThrottle(1, Duration.ofMinutes(5), 3, new ManualClock());
        for (int i = 0; i < 10; i++) {
            t.failed("10.0.0." + i);
        }
        assertEquals(Optional.empty(), t.locked("10.0.0.0"), "the longest-unseen address was dropped");
        assertTrue(t.locked("10.0.0.9").isPresent());
    }
}

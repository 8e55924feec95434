package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;
import org.musicrec.events.PoisonRecordException;

/** Which failures the loop retries and which it takes as the record's own. */
class FailuresTest {

    @Test
    void whatComesFromTheRecordIsPermanent() {
        assertTrue(Failures.permanent(new ArithmeticException("long overflow")));
        assertTrue(Failures.permanent(new IllegalArgumentException(new ArithmeticException("long overflow"))), "Date.from's wrapping");
        assertTrue(Failures.permanent(new DateTimeException("Instant exceeds minimum or maximum instant")));
        assertTrue(Failures.permanent(new PoisonRecordException("count must be from 1 to 1000000, got 0")));
        assertTrue(Failures.permanent(new RuntimeException("wrapped", new NumberFormatException("x"))));
    }

    @Test
    void whatComesFromOutsideIsRetried() {
        assertFalse(Failures.permanent(new MessagingUnavailableException("no acknowledgement", null)));
        assertFalse(Failures.permanent(new IllegalStateException("4 interaction writes still refused after 5 rounds")));
        assertFalse(Failures.permanent(new org.apache.kafka.common.errors.TimeoutException("metadata")));
        assertFalse(Failures.permanent(new UncheckedIOException(new IOException("connection reset"))));
        assertFalse(Failures.permanent(new NullPointerException()), "a bug, not a record: retried, visibly, not dead-lettered");
        assertFalse(Failures.permanent(new UnsupportedOperationException("no dead-letter route")));
        assertFalse(Failures.permanent(new IllegalArgumentException("bad", new java.util.concurrent.TimeoutException())),
                "a timeout anywhere in the chain wins");
    }

    @Test
    void theReasonIsOneBoundedLine() {
        assertEquals("ArithmeticException: long overflow", Failures.reason(new ArithmeticException("long overflow")));
        assertEquals(503, Failures.reason(new IllegalArgumentException("x".repeat(1000))).length());
    }
}

package org.musicrec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a consumer reads off the topic: a record it could never apply is a {@link PoisonRecordException}
 * naming the field, never a decoded event that fails later (or, worse, a number silently cut down).
 */
class ActivityEventCodecTest {

    static final String GOOD = "{\"eventId\":\"e1\",\"userId\":\"u1\",\"trackId\":\"2\",\"type\":\"play\",\"count\":3,"
            + "\"at\":\"2026-01-02T03:04:05Z\",\"msPlayed\":30000}";

    static String with(String field, String json) {
        return GOOD.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+)", "\"" + field + "\":" + json);
    }

    static String refusal(String json) {
        return assertThrows(PoisonRecordException.class, () -> ActivityLogEntry.of(ActivityEventCodec.decode(json), 0, 0))
                .getMessage();
    }

    @Test
    void decodesAGoodRecord() {
        ActivityEvent e = ActivityEventCodec.decode(GOOD);
        assertEquals(new ActivityEvent("e1", "u1", "2", ActivityType.PLAY, null, 3, Instant.parse("2026-01-02T03:04:05Z"), 30_000L), e);
        assertEquals(e, ActivityEventCodec.decode(e.toJson().toString()));
    }

    /** Issue 18: this record stalled both consumers (ArithmeticException: long overflow, on every retry). */
    @Test
    void anInstantBeyondEpochMillisIsPoisonNotAnArithmeticFailureLater() {
        assertTrue(refusal(with("at", "\"+999999999-01-01T00:00:00Z\"")).startsWith("at "));
        assertTrue(refusal(with("at", "\"-999999999-01-01T00:00:00Z\"")).startsWith("at "));
    }

    @Test
    void numbersAreTakenExactlyOrRefused() {
        assertTrue(refusal(with("count", "4294967297")).startsWith("count "), "2^32 + 1 is not read as 1");
        assertTrue(refusal(with("count", "1.5")).startsWith("count "));
        assertTrue(refusal(with("msPlayed", "18446744073709551617")).startsWith("msPlayed "));
        assertTrue(refusal(with("msPlayed", "-1")).startsWith("msPlayed "));
        assertTrue(refusal(GOOD.replace("\"type\":\"play\"", "\"type\":\"rate\",\"rating\":4294967301")).startsWith("rating "));
    }
}

package org.musicrec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared rules on hand-picked edges: what the consumers can apply, and what a door accepts at a given clock. */
class EventRulesTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final EventRules RULES = new EventRules(EventWindow.parse("2000-01-01T00:00:00Z", "PT24H"));

    static ActivityEvent at(Instant at) {
        return new ActivityEvent("e1", "u1", "t1", ActivityType.PLAY, null, 1, at, null);
    }

    static List<String> fields(List<EventRules.Violation> vs) {
        return vs.stream().map(EventRules.Violation::field).toList();
    }

    @Test
    void theConsumersApplyAnyStorableTimeTheDoorOnlyTheWindow() {
        Instant old = Instant.parse("1970-01-01T00:00:00Z");
        assertEquals(List.of(), EventRules.applicable(at(old)), "a replayed or older record stays applicable");
        assertEquals(List.of("at"), fields(RULES.acceptable(at(old), NOW)));
        assertEquals(List.of("at"), fields(EventRules.applicable(at(Instant.parse("+999999999-01-01T00:00:00Z")))));
        assertEquals(List.of("at"), fields(EventRules.applicable(at(EventBounds.LATEST_STORABLE.plusMillis(1)))));
        assertEquals(List.of(), EventRules.applicable(at(EventBounds.LATEST_STORABLE)));
        assertEquals(List.of("at"), fields(EventRules.applicable(at(EventBounds.EARLIEST_STORABLE.minusNanos(1)))));
        assertEquals(List.of(), RULES.acceptable(at(NOW.plus(Duration.ofHours(24))), NOW));
        assertEquals(List.of("at"), fields(RULES.acceptable(at(NOW.plus(Duration.ofHours(24)).plusNanos(1)), NOW)));
        // Every instant either end of the storable range fits epoch milliseconds.
        EventBounds.LATEST_STORABLE.toEpochMilli();
        EventBounds.EARLIEST_STORABLE.toEpochMilli();
    }

    @Test
    void theWindowNeverReachesPastTheStorableRange() {
        EventWindow w = EventWindow.parse("2000-01-01T00:00:00Z", "P366D");
        assertEquals(EventBounds.LATEST_STORABLE, w.latest(EventBounds.LATEST_STORABLE.minusSeconds(5)));
        assertEquals(NOW.plus(Duration.ofDays(366)), w.latest(NOW));
    }

    @Test
    void aWindowThatCannotBeReadOrIsUnreasonableIsRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventWindow.parse("yesterday", "PT24H"))
                .getMessage().contains("musicrec.events.at.earliest"));
        assertThrows(IllegalArgumentException.class, () -> EventWindow.parse("2000-01-01T00:00:00Z", "24h"));
        assertThrows(IllegalArgumentException.class, () -> EventWindow.parse("2000-01-01T00:00:00Z", "-PT1H"));
        assertThrows(IllegalArgumentException.class, () -> EventWindow.parse("2000-01-01T00:00:00Z", "P367D"));
        assertThrows(IllegalArgumentException.class, () -> EventWindow.parse("+10000-01-01T00:00:00Z", "PT1H"));
        assertEquals(Instant.parse(EventWindow.DEFAULT_EARLIEST), EventWindow.DEFAULT.earliest());
    }

    @Test
    void boundsAtTheirEdges() {
        assertEquals(Optional.empty(), EventRules.count(EventBounds.MAX_COUNT));
        assertTrue(EventRules.count(EventBounds.MAX_COUNT + 1L).isPresent());
        assertTrue(EventRules.count(0).isPresent());
        assertEquals(Optional.empty(), EventRules.msPlayed(null));
        assertEquals(Optional.empty(), EventRules.msPlayed(EventBounds.MAX_MS_PLAYED));
        assertTrue(EventRules.msPlayed(EventBounds.MAX_MS_PLAYED + 1).isPresent());
        assertTrue(EventRules.msPlayed(-1L).isPresent());
        assertTrue(EventRules.rating(ActivityType.RATE, 0).isPresent());
        assertEquals(Optional.empty(), EventRules.rating(ActivityType.RATE, 5));
        assertTrue(EventRules.rating(ActivityType.PLAY, 5).isPresent());
        assertTrue(EventRules.rating(ActivityType.RATE, null).isPresent());
    }

    /** The sums the bounds promise: a full request's counts fit an int, a consumer batch's sums a long by far. */
    @Test
    void theBoundsKeepARequestsSumsSmall() {
        long requestCounts = 1_000L * EventBounds.MAX_COUNT;
        assertTrue(requestCounts <= Integer.MAX_VALUE);
        assertTrue(Math.multiplyExact(1_000L, EventBounds.MAX_SCORE_STEP) < Long.MAX_VALUE / 1_000_000);
        assertTrue(Math.multiplyExact(1_000L, EventBounds.MAX_MS_PLAYED) < Long.MAX_VALUE / 1_000_000);
    }

    @Test
    void idsThatWouldBreakAPathOrADocumentIdAreRefused() {
        assertEquals(Optional.empty(), EventRules.id("lastfm:51"));
        assertEquals(Optional.empty(), EventRules.id("Zoë \uD83C\uDFB5"));
        for (String bad : new String[] {"", "  ", "a|b", "a/b", "a\u0000b", "\u0000complete", "a\u0085b", "a\uDC00", "a\uD800b",
                "x".repeat(EventBounds.MAX_ID_CHARS + 1)}) {
            assertTrue(EventRules.id(bad).isPresent(), bad);
        }
        assertEquals(Optional.empty(), EventRules.eventId("replay:0123456789abcdef:7"), "the consumers apply replay ids");
        assertTrue(EventRules.fromClient("replay:0123456789abcdef:7").isPresent(), "a client may not use them");
        assertTrue(EventRules.fromClient("Replay:x").isPresent());
        assertEquals(Optional.empty(), EventRules.fromClient("client-replay:1"));
        assertTrue(EventRules.eventId("a b").isPresent());
    }

    /** Issue 18: an id of the replay form with line 0 was parsed into a ReplayId that threw, failing the whole batch on every retry. */
    @Test
    void aReplayFormWithLineZeroIsNoReplayId() {
        assertEquals(Optional.empty(), ReplayId.parse("replay:0123456789abcdef:0"));
        assertEquals(Optional.of(new ReplayId("0123456789abcdef", 10)), ReplayId.parse("replay:0123456789abcdef:10"));
    }
}

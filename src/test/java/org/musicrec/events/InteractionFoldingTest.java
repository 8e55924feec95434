package org.musicrec.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Hand-computed folds: counts, times, rating, listening time and the weight formula. */
class InteractionFoldingTest {

    static ActivityEvent ev(String id, ActivityType type, int count, Integer rating, String at, Long ms) {
        return new ActivityEvent(id, "u1", "t1", type, rating, count, Instant.parse(at), ms);
    }

    @Test
    void foldsAMixedHistory() {
        Interaction i = Interaction.empty("u1", "t1");
        i = InteractionFolding.apply(i, ev("a", ActivityType.PLAY, 12, null, "2026-01-02T00:00:00Z", 30_000L));
        i = InteractionFolding.apply(i, ev("b", ActivityType.SKIP, 3, null, "2026-01-01T00:00:00Z", 1_000L));
        i = InteractionFolding.apply(i, ev("c", ActivityType.COMPLETE, 2, null, "2026-01-05T00:00:00Z", null));
        i = InteractionFolding.apply(i, ev("d", ActivityType.LIKE, 1, null, "2026-01-03T00:00:00Z", null));
        i = InteractionFolding.apply(i, ev("e", ActivityType.RATE, 1, 4, "2026-01-04T00:00:00Z", null));
        assertEquals(12, i.plays());
        assertEquals(3, i.skips());
        assertEquals(2, i.completes());
        assertEquals(1, i.likes());
        assertEquals(0, i.dislikes());
        assertEquals(4, i.rating());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), i.firstAt());
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), i.lastAt());
        assertEquals(31_000, i.msPlayed());
        assertEquals(5, i.events());
        // 12 + 2*2 + 5*1 - 5*0 - 3 = 18
        assertEquals(18, i.weight());
    }

    @Test
    void weightIsFlooredAtZeroButScoreIsNot() {
        Interaction i = Interaction.empty("u1", "t1");
        i = InteractionFolding.apply(i, ev("a", ActivityType.PLAY, 2, null, "2026-01-01T00:00:00Z", null));
        i = InteractionFolding.apply(i, ev("b", ActivityType.DISLIKE, 1, null, "2026-01-01T00:00:01Z", null));
        assertEquals(-3, i.score()); // 2 - 5
        assertEquals(0, i.weight());
        i = InteractionFolding.apply(i, ev("c", ActivityType.LIKE, 1, null, "2026-01-01T00:00:02Z", null));
        assertEquals(2, i.weight()); // 2 + 5 - 5
    }

    @Test
    void lastRatingInStreamOrderWinsAndRateCountsNothingElse() {
        Interaction i = Interaction.empty("u1", "t1");
        i = InteractionFolding.apply(i, ev("a", ActivityType.RATE, 1, 5, "2026-01-02T00:00:00Z", null));
        i = InteractionFolding.apply(i, ev("b", ActivityType.RATE, 3, 2, "2026-01-01T00:00:00Z", null));
        assertEquals(2, i.rating());
        assertEquals(0, i.weight());
        assertEquals(2, i.events());
        i = InteractionFolding.apply(i, ev("c", ActivityType.PLAY, 1, null, "2026-01-03T00:00:00Z", null));
        assertEquals(2, i.rating(), "a later event without a rating keeps it");
    }

    @Test
    void deltasCombineLikeEventByEventApplication() {
        ActivityEvent a = ev("a", ActivityType.PLAY, 4, null, "2026-01-02T00:00:00Z", 10L);
        ActivityEvent b = ev("b", ActivityType.RATE, 1, 3, "2026-01-01T00:00:00Z", null);
        ActivityEvent c = ev("c", ActivityType.SKIP, 1, null, "2026-01-03T00:00:00Z", 5L);
        Interaction stepwise = InteractionFolding.apply(InteractionFolding.apply(InteractionFolding.apply(
                Interaction.empty("u1", "t1"), a), b), c);
        InteractionDelta d = InteractionFolding.delta(a).then(InteractionFolding.delta(b)).then(InteractionFolding.delta(c));
        assertEquals(stepwise, InteractionFolding.apply(Interaction.empty("u1", "t1"), d));
    }

    @Test
    void refusesWhatCannotBeApplied() {
        assertThrows(PoisonRecordException.class, () -> InteractionFolding.delta(ev("a", ActivityType.PLAY, 0, null, "2026-01-01T00:00:00Z", null)));
        assertThrows(PoisonRecordException.class, () -> InteractionFolding.delta(ev("a", ActivityType.RATE, 1, null, "2026-01-01T00:00:00Z", null)));
        assertThrows(PoisonRecordException.class, () -> InteractionFolding.delta(ev("a", ActivityType.RATE, 1, 6, "2026-01-01T00:00:00Z", null)));
        assertThrows(PoisonRecordException.class, () -> InteractionFolding.delta(ev("a", ActivityType.PLAY, 1, null, "2026-01-01T00:00:00Z", -1L)));
        ActivityEvent other = new ActivityEvent("x", "u2", "t1", ActivityType.PLAY, null, 1, Instant.EPOCH, null);
        assertThrows(IllegalArgumentException.class, () -> InteractionFolding.apply(Interaction.empty("u1", "t1"), other));
        assertNull(Interaction.empty("u1", "t1").rating());
    }

    /** Every sum is exact or refused: a wrapped count would turn a listener's weight negative without a trace. */
    @Test
    void sumsThatWouldWrapAreRefusedNotWrapped() {
        Interaction nearlyFull = new Interaction("u1", "t1", Long.MAX_VALUE - 2, 0, 0, 0, 0, null, null, null,
                Long.MAX_VALUE - 10, 1);
        assertThrows(ArithmeticException.class, () -> InteractionFolding.apply(nearlyFull,
                ev("a", ActivityType.PLAY, 3, null, "2026-01-01T00:00:00Z", null)));
        assertThrows(ArithmeticException.class, () -> InteractionFolding.apply(nearlyFull,
                ev("b", ActivityType.SKIP, 1, null, "2026-01-01T00:00:00Z", 11L)));
        Interaction likes = new Interaction("u1", "t1", 0, 0, 0, Long.MAX_VALUE / 5, 0, null, null, null, 0, 1);
        assertThrows(ArithmeticException.class, () -> InteractionFolding.apply(likes,
                ev("c", ActivityType.LIKE, 1, null, "2026-01-01T00:00:00Z", null)), "the score 5*likes would wrap");
        InteractionDelta half = new InteractionDelta(0, 0, 0, 0, 0, null, null, null, Long.MAX_VALUE / 2 + 1, 1);
        assertThrows(ArithmeticException.class, () -> half.then(half));
    }
}

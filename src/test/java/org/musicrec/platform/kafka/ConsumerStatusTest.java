package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a partition counts as behind, and when as stuck, on a hand-made timeline. */
class ConsumerStatusTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Duration BOUND = Duration.ofMinutes(2);

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void anIdlePartitionThatJustGotARecordIsBehindFromThenNotFromItsLastCommit() {
        ConsumerStatus s = new ConsumerStatus("g", "user-activity");
        s.offsets(Map.of(0, 10L), Map.of(0, 10L), at(0));
        s.offsets(Map.of(0, 10L), Map.of(0, 10L), at(3600));
        assertNull(s.partitions().get(0).behindSince());
        s.offsets(Map.of(0, 10L), Map.of(0, 11L), at(3601));
        assertEquals(at(3601), s.partitions().get(0).behindSince());
        assertEquals(List.of(), s.stuck(at(3601 + 120), BOUND), "exactly the bound is not beyond it");
        assertEquals(1, s.stuck(at(3601 + 121), BOUND).size());
    }

    @Test
    void aCommittedOffsetThatMovesIsNotStuckHoweverLongTheBacklog() {
        ConsumerStatus s = new ConsumerStatus("g", "user-activity");
        for (int i = 0; i <= 600; i += 60) {
            s.offsets(Map.of(0, (long) i), Map.of(0, 100_000L), at(i));
        }
        assertEquals(at(600), s.partitions().get(0).behindSince());
        assertEquals(List.of(), s.stuck(at(700), BOUND));
        assertEquals(100_000L - 600, s.lag());
    }

    @Test
    void aStuckPartitionIsNamedWithItsOffsetLagAndTheLastError() {
        ConsumerStatus s = new ConsumerStatus("musicrec-interactions", "user-activity");
        s.failed("java.lang.IllegalStateException: store away");
        s.offsets(Map.of(0, 5L, 1, 7L), Map.of(0, 5L, 1, 9L), at(0));
        s.offsets(Map.of(0, 6L, 1, 7L), Map.of(0, 6L, 1, 12L), at(30));
        assertEquals(5, s.lag());
        assertEquals(List.of("consumer musicrec-interactions stuck on user-activity/1 at offset 7 since " + at(0)
                + " (lag 5): java.lang.IllegalStateException: store away"), s.stuck(at(121), BOUND));
        s.offsets(Map.of(0, 6L), Map.of(0, 6L), at(200));
        assertEquals(List.of(), s.stuck(at(500), BOUND), "a partition no longer assigned is not reported");
        assertEquals(0, s.lag());
    }
}

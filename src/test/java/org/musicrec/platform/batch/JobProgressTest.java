package org.musicrec.platform.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Progress totals: partitions add up, a reopened partition replaces its share, and old steps are let go. */
class JobProgressTest {

    @Test
    void partitionsAddUpAndAReopenedOneReplacesItsShare() {
        JobProgress p = new JobProgress();
        p.expectPartition(1, "extract", 0, 10);
        p.expectPartition(1, "extract", 1, 5);
        p.expectPartition(1, "extract", 1, 7);
        assertEquals(OptionalLong.of(17), p.expected(1, "extract"));
        p.live(1, "extract", 100, Map.of("read", 3L));
        p.live(1, "extract", 101, Map.of("read", 4L));
        assertEquals(Map.of("read", 7L), p.live(1, "extract"));
    }

    @Test
    void onlyTheLastStepExecutionsAreHeld() {
        JobProgress p = new JobProgress();
        for (long execution = 1; execution <= JobProgress.STEPS_KEPT + 500; execution++) {
            p.expect(execution, "step", execution);
            p.live(execution, "step", execution, Map.of("read", execution));
        }
        assertTrue(p.expected(1, "step").isEmpty());
        assertTrue(p.live(1, "step").isEmpty());
        long last = JobProgress.STEPS_KEPT + 500;
        assertEquals(OptionalLong.of(last), p.expected(last, "step"));
        assertEquals(OptionalLong.of(501), p.expected(501, "step"), "the eldest kept");
    }
}

package org.musicrec.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.musicrec.platform.memory.BoundedLruMap;

/**
 * The number of items a running step expects, published by its reader once it knows (the size of
 * a sampling plan, the rows of a file), so that progress can be shown as done-of-total next to
 * the job repository's own read/write/skip counts. A partitioned step's readers each publish their
 * share; the step expects their sum. Only the last {@value #STEPS_KEPT} step executions are held (a
 * long-running server runs jobs without end); a finished step's counts are in the job repository.
 */
@ApplicationScoped
public class JobProgress {

    static final int STEPS_KEPT = 1000;

    /** execution/step -> partition -> total; a step that is not partitioned has the one partition -1. */
    private final BoundedLruMap<String, Map<Integer, Long>> expected = new BoundedLruMap<>(STEPS_KEPT);

    public void expect(long executionId, String step, long total) {
        expectPartition(executionId, step, -1, total);
    }

    /** Re-publishing a partition (a restarted reader opens again) replaces its share, never adds to it. */
    public void expectPartition(long executionId, String step, int partition, long total) {
        expected.computeIfAbsent(executionId + "/" + step, k -> new ConcurrentHashMap<>()).put(partition, total);
    }

    /** execution/step -> step execution (one per partition) -> its live metrics. */
    private final BoundedLruMap<String, Map<Long, Map<String, Long>>> live = new BoundedLruMap<>(STEPS_KEPT);

    /**
     * Records a running step's metrics after each chunk. The job repository's step metrics are only
     * written when the step ends, so without this a running step would show no progress at all.
     */
    public void live(long executionId, String step, long stepExecutionId, Map<String, Long> metrics) {
        live.computeIfAbsent(executionId + "/" + step, k -> new ConcurrentHashMap<>()).put(stepExecutionId, Map.copyOf(metrics));
    }

    /** The live metrics of a step, summed over its partitions; empty before its first chunk. */
    public Map<String, Long> live(long executionId, String step) {
        Map<Long, Map<String, Long>> parts = live.get(executionId + "/" + step);
        Map<String, Long> sum = new java.util.TreeMap<>();
        if (parts != null) {
            parts.values().forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Long::sum)));
        }
        return sum;
    }

    public OptionalLong expected(long executionId, String step) {
        Map<Integer, Long> shares = expected.get(executionId + "/" + step);
        return shares == null ? OptionalLong.empty()
                : OptionalLong.of(shares.values().stream().mapToLong(Long::longValue).sum());
    }
}

package org.musicrec.platform.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The number of items a running step expects, published by its reader once it knows (the size of
 * a sampling plan, the rows of a file), so that progress can be shown as done-of-total next to
 * the job repository's own read/write/skip counts.
 */
@ApplicationScoped
public class JobProgress {

    private final Map<String, Long> expected = new ConcurrentHashMap<>();

    public void expect(long executionId, String step, long total) {
        expected.put(executionId + "/" + step, total);
    }

    public OptionalLong expected(long executionId, String step) {
        Long v = expected.get(executionId + "/" + step);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }
}

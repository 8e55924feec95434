package org.musicrec.platform.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A chunk listener for every chunk step: after each chunk it hands the step's in-memory metrics
 * (read, write, skip, commit counts) to {@link JobProgress}, so the jobs API and the console's
 * progress bars move while the step runs, not only when it ends.
 */
@Named
@Dependent
public class LiveStepMetrics extends AbstractChunkListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProgress progress;

    @Override
    public void afterChunk() {
        Map<String, Long> m = new HashMap<>();
        for (Metric x : step.getMetrics()) {
            m.put(x.getType().name().toLowerCase(Locale.ROOT), x.getValue());
        }
        progress.live(job.getExecutionId(), step.getStepName(), step.getStepExecutionId(), m);
    }
}

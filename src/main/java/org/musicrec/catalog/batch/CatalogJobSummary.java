package org.musicrec.catalog.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.StringJoiner;

/**
 * Sets the job's exit status to what it loaded and skipped per file, e.g.
 * {@code genres 163 loaded 0 skipped; tracks 682 loaded 2 skipped}, summed over restarts.
 */
@Named
@Dependent
public class CatalogJobSummary extends AbstractJobListener {

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        StringJoiner summary = new StringJoiner("; ");
        var op = BatchRuntime.getJobOperator();
        for (String step : new String[] {"genres", "artists", "albums", "tracks", "raw-tracks"}) {
            long written = 0;
            long skipped = 0;
            for (var exec : op.getJobExecutions(op.getJobInstance(job.getExecutionId()))) {
                for (StepExecution s : op.getStepExecutions(exec.getExecutionId())) {
                    if (s.getStepName().equals(step)) {
                        for (Metric m : s.getMetrics()) {
                            switch (m.getType()) {
                                case WRITE_COUNT -> written += m.getValue();
                                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT -> skipped += m.getValue();
                                default -> { }
                            }
                        }
                    }
                }
            }
            if (written + skipped > 0) {
                summary.add(step + " " + written + " loaded " + skipped + " skipped");
            }
        }
        job.setExitStatus(summary.length() == 0 ? "nothing loaded" : summary.toString());
    }
}

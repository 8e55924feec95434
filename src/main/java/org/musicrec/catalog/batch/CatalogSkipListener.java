package org.musicrec.catalog.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.catalog.fma.MalformedRowException;
import org.musicrec.platform.batch.JobProblems;

/** Records every skipped row in job_problems with its file, line and reason. */
@Named
@Dependent
public class CatalogSkipListener implements SkipReadListener, SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProblems problems;

    @Override
    public void onSkipReadItem(Exception ex) {
        record(ex);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        record(ex);
    }

    private void record(Exception ex) {
        if (ex instanceof MalformedRowException m) {
            problems.record(job, step, m.file(), m.line(), m.reason());
        } else {
            problems.record(job, step, "?", 0, ex.toString());
        }
    }
}

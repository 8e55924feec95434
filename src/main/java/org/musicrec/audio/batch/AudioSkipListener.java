package org.musicrec.audio.batch;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.audio.DecodeException;
import org.musicrec.platform.batch.JobProblems;

/** Records each skipped (undecodable) file in job_problems with its reason. */
@Named
@Dependent
public class AudioSkipListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProblems problems;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        String reason = ex instanceof DecodeException d ? d.reason() + ": " + d.getMessage() : ex.toString();
        problems.record(job, step, String.valueOf(item), 0, reason);
    }
}

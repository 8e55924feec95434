package org.musicrec.audio.batch;

import com.mongodb.client.model.Filters;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Sets extract-features' exit status to {@code extract N written K skipped} counted from what the job
 * instance left behind (tracks it stored, failures it recorded), not from the runtime's step metrics:
 * those carry a stopped execution's counts into its restart, and lose a killed one's, so a sum over
 * executions is wrong both ways for this partitioned step.
 */
@Named
@Dependent
public class ExtractionSummary extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    MongoClientHolder mongo;

    @Inject
    JobProblems problems;

    @Override
    public void afterJob() {
        long written = mongo.database().getCollection(TrackFeaturesWriter.TRACKS)
                .countDocuments(Filters.eq(TrackFeaturesWriter.INSTANCE, job.getInstanceId()));
        long skipped = problems.ofInstance(job.getInstanceId()).stream().filter(p -> "extract".equals(p.getStep())).count();
        job.setExitStatus("extract " + written + " written " + skipped + " skipped");
    }
}

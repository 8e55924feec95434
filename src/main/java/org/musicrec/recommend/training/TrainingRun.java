package org.musicrec.recommend.training;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every step of {@code train-als} needs to find its run: the parsed parameters of this
 * execution and the run's workspace under {@code musicrec.work.dir}.
 */
@Dependent
public class TrainingRun {

    @Inject
    JobContext job;

    @Inject
    @ConfigProperty(name = "musicrec.work.dir", defaultValue = "${java.io.tmpdir}/musicrec-work")
    String workDir;

    public TrainingParameters parameters() {
        return TrainingParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()),
                "instance-" + job.getInstanceId());
    }

    public TrainingWorkspace workspace() throws IOException {
        return new TrainingWorkspace(Path.of(workDir), parameters().runId());
    }

    public long instanceId() {
        return job.getInstanceId();
    }

    public long executionId() {
        return job.getExecutionId();
    }
}

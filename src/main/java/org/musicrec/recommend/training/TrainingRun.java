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

    /** The execution's parameters, with the tune step's winner as ALS parameters once it has chosen one. */
    public TrainingParameters parameters() {
        TrainingParameters given = givenParameters();
        if (!given.tuning().tune()) {
            return given;
        }
        try {
            return new TrainingWorkspace(Path.of(workDir), given.runId()).readTuningWinner(given.als())
                    .map(given::withAls).orElse(given);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The parameters exactly as launched (the tune step searches around these). */
    public TrainingParameters givenParameters() {
        return TrainingParameters.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()),
                "instance-" + job.getInstanceId());
    }

    public TrainingWorkspace workspace() throws IOException {
        return new TrainingWorkspace(Path.of(workDir), givenParameters().runId());
    }

    public long instanceId() {
        return job.getInstanceId();
    }

    public long executionId() {
        return job.getExecutionId();
    }
}

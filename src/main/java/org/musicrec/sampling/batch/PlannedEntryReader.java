package org.musicrec.sampling.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.batch.JobProgress;
import org.musicrec.sampling.AudioSampler;
import org.musicrec.sampling.FmaGenreTable;
import org.musicrec.sampling.PlannedEntry;
import org.musicrec.sampling.Refusal;
import org.musicrec.sampling.SamplingCheckpoint;

/**
 * Reads the sampling plan from the checkpoint on. The plan is deterministic for the same archive and
 * parameters, so index N after a restart is the entry it was before; the checkpoint carries the
 * plan's digest and is refused for any other plan. The open sampler goes to the writer through the
 * step context.
 */
@Named
@Dependent
public class PlannedEntryReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProblems problems;

    @Inject
    JobProgress progress;

    private AudioSampler sampler;
    private SamplingCheckpoint checkpoint;

    @Override
    public void open(Serializable previous) throws Exception {
        SamplingJobParameters p = SamplingJobParameters.from(
                jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        Map<Long, String> genres = p.metadata() == null ? Map.of() : FmaGenreTable.read(p.metadata()).genreByTrack();
        sampler = AudioSampler.open(p.archive(), p.target(), p.options(), genres);
        step.setTransientUserData(sampler);
        checkpoint = previous instanceof SamplingCheckpoint c ? c : SamplingCheckpoint.start(sampler.plan());
        checkpoint.checkBelongsTo(sampler.plan());
        progress.expect(job.getExecutionId(), step.getStepName(), sampler.plan().size());
        if (checkpoint.nextIndex() == 0) {
            for (Refusal r : sampler.plan().refused()) {
                problems.record(job, step, r.entry(), 0, r.reason());
            }
        }
    }

    @Override
    public Object readItem() {
        int i = checkpoint.nextIndex();
        if (i >= sampler.plan().size()) {
            return null;
        }
        PlannedEntry entry = sampler.plan().entries().get(i);
        checkpoint = checkpoint.advancedTo(i + 1);
        return entry;
    }

    @Override
    public Serializable checkpointInfo() {
        return checkpoint;
    }

    @Override
    public void close() throws Exception {
        if (sampler != null) {
            sampler.close();
        }
    }
}

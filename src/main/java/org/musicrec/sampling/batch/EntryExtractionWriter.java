package org.musicrec.sampling.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.sampling.AudioSampler;
import org.musicrec.sampling.ExtractionOutcome;
import org.musicrec.sampling.PlannedEntry;

/**
 * Extracts each planned entry (CRC and size checked, atomic rename, manifest line). Extraction is
 * idempotent, so the chunk replayed after a restart finds its files in place and keeps them.
 * A refused entry becomes a job problem; the step goes on.
 */
@Named
@Dependent
public class EntryExtractionWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProblems problems;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        AudioSampler sampler = (AudioSampler) step.getTransientUserData();
        SamplingTally tally = SamplingTally.of(step);
        for (Object item : items) {
            ExtractionOutcome outcome = sampler.extract((PlannedEntry) item);
            tally.count(outcome.kind());
            if (outcome.kind() == ExtractionOutcome.Kind.REFUSED) {
                problems.record(job, step, outcome.entry().entry().name(), 0, outcome.reason());
            }
        }
        step.setPersistentUserData(tally);
        step.setExitStatus(tally.summary());
        job.setExitStatus(tally.summary());
    }
}

package org.musicrec.sampling;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a run: what was extracted, kept from an earlier run, and refused, both before extraction
 * (from the plan) and during it.
 */
public record SamplingReport(SamplingPlan plan, List<ExtractionOutcome> outcomes) {

    public List<Refusal> refusals() {
        List<Refusal> all = new ArrayList<>(plan.refused());
        for (ExtractionOutcome o : outcomes) {
            if (o.kind() == ExtractionOutcome.Kind.REFUSED) {
                all.add(o.refusal());
            }
        }
        return all;
    }

    public long count(ExtractionOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** Bytes now in the sample from this run's extracted and kept files. */
    public long bytesInSample() {
        return outcomes.stream().filter(o -> o.kind() != ExtractionOutcome.Kind.REFUSED)
                .mapToLong(o -> o.entry().entry().size()).sum();
    }
}

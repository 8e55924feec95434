package org.musicrec.sampling.batch;

import jakarta.batch.runtime.context.StepContext;
import java.io.Serializable;
import org.musicrec.sampling.ExtractionOutcome;

/** Counts of the step's outcomes, kept as persistent step data so a restarted step continues them. */
final class SamplingTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private long extracted;
    private long kept;
    private long refused;

    static SamplingTally of(StepContext step) {
        return step.getPersistentUserData() instanceof SamplingTally t ? t : new SamplingTally();
    }

    void count(ExtractionOutcome.Kind kind) {
        switch (kind) {
            case EXTRACTED -> extracted++;
            case KEPT -> kept++;
            case REFUSED -> refused++;
        }
    }

    String summary() {
        return "extracted " + extracted + ", kept " + kept + ", refused " + refused;
    }
}

package org.musicrec.sampling;

import java.io.Serializable;

/**
 * Where a run stands: the next plan index to extract, tied to the plan it indexes. A Jakarta Batch
 * reader returns it from {@code checkpointInfo()} and gets it back in {@code open()} after a restart;
 * replaying a few entries after the last commit is harmless because finished files are kept, not rewritten.
 */
public record SamplingCheckpoint(int nextIndex, String planDigest) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static SamplingCheckpoint start(SamplingPlan plan) {
        return new SamplingCheckpoint(0, plan.digest());
    }

    public SamplingCheckpoint advancedTo(int index) {
        return new SamplingCheckpoint(index, planDigest);
    }

    /** @throws IllegalArgumentException when the checkpoint belongs to another plan (other options or archive) */
    public void checkBelongsTo(SamplingPlan plan) {
        if (!planDigest.equals(plan.digest())) {
            throw new IllegalArgumentException("checkpoint of plan " + planDigest + " does not fit plan " + plan.digest()
                    + ": the archive, the options or the catalogue changed since the run started");
        }
        if (nextIndex < 0 || nextIndex > plan.size()) {
            throw new IllegalArgumentException("checkpoint index " + nextIndex + " outside the plan of " + plan.size());
        }
    }
}

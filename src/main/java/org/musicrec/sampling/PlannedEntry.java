package org.musicrec.sampling;

import java.io.Serializable;

/**
 * An entry chosen for the sample. {@code planIndex} is its position in {@link SamplingPlan#entries()},
 * which is what a checkpoint counts; {@code genre} is empty when the catalogue does not know the track.
 */
public record PlannedEntry(int planIndex, ArchiveEntry entry, String outputPath, long trackId, String genre)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    PlannedEntry withPlanIndex(int index) {
        return new PlannedEntry(index, entry, outputPath, trackId, genre);
    }
}

package org.musicrec.sampling;

import java.io.IOException;

/** Told after each planned entry, with the checkpoint that a restart would continue from. */
@FunctionalInterface
public interface SamplingListener {
    SamplingListener NONE = (outcome, next) -> { };

    void afterEntry(ExtractionOutcome outcome, SamplingCheckpoint next) throws IOException;
}

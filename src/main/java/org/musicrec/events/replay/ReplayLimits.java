package org.musicrec.events.replay;

/**
 * Bounds on what a replayed file may hold: a line longer than {@code maxLineChars} is refused (and
 * skipped) rather than buffered, counts above {@code maxCount} are refused as the API refuses them,
 * ids are at most {@code maxIdChars} like the API's, and only the first {@code maxProblemsKept}
 * problems are kept with their line numbers (all are counted).
 */
public record ReplayLimits(int maxLineChars, int maxCount, int maxIdChars, int maxProblemsKept, int maxMappingEntries) {

    public static ReplayLimits defaults() {
        return new ReplayLimits(4096, 1_000_000, 128, 1000, 10_000_000);
    }
}

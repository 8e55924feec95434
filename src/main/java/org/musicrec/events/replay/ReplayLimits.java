package org.musicrec.events.replay;

import org.musicrec.events.EventBounds;

/**
 * Bounds on what a replayed file may hold: a line longer than {@code maxLineChars} is refused (and
 * skipped) rather than buffered, counts above {@code maxCount} are refused as the API refuses them,
 * ids are at most {@code maxIdChars} like the API's (both from {@link EventBounds} by default, and
 * every event is checked by the API's rules besides), and only the first {@code maxProblemsKept}
 * problems are kept with their line numbers (all are counted).
 */
public record ReplayLimits(int maxLineChars, int maxCount, int maxIdChars, int maxProblemsKept, int maxMappingEntries) {

    public static ReplayLimits defaults() {
        return new ReplayLimits(4096, EventBounds.MAX_COUNT, EventBounds.MAX_ID_CHARS, 1000, 10_000_000);
    }
}

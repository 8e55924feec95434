package org.musicrec.events.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.musicrec.events.EventRules;

/**
 * Reads a listening history line by line as activity events whose ids are
 * {@code replay:<source>:<line>}. Users are namespaced by the format ({@code lastfm:2}); items are
 * mapped to catalogue tracks when the mapping knows them and namespaced otherwise. A bad line is
 * recorded with its number and skipped; the rest flows. Every event is checked by the API's rules
 * ({@link EventRules}: bounds, ids, the time window), so a replay sends nothing the API would refuse
 * or a consumer could not apply. Plain Java: the CLI pushes every line
 * through {@link #read}; a batch reader pulls them through {@link #open} and checkpoints the line.
 */
public final class HistoryReader {

    private final ReplayFormat format;
    private final ReplayLimits limits;
    private final TrackMapping mapping;
    private final EventRules rules;

    /** With the default time window ({@link EventRules#defaults}), for tools outside the container. */
    public HistoryReader(ReplayFormat format, ReplayLimits limits, TrackMapping mapping) {
        this(format, limits, mapping, EventRules.defaults());
    }

    public HistoryReader(ReplayFormat format, ReplayLimits limits, TrackMapping mapping, EventRules rules) {
        this.format = format;
        this.limits = limits;
        this.mapping = mapping;
        this.rules = rules;
    }

    /**
     * @param source      the {@link ReplaySource} id of the file
     * @param resumeAfter the line number of a checkpoint (0 from the start)
     */
    public HistoryCursor open(Path file, String source, long resumeAfter) throws IOException {
        return new HistoryCursor(file, format, limits, mapping, rules, source, resumeAfter);
    }

    /**
     * Sends every event of the file to {@code sink}.
     * @param progress told the number of each line read, for a progress display
     */
    public ReplayReport read(Path file, String source, EventSink sink, LongConsumer progress) throws IOException {
        ReplayReport report = new ReplayReport(limits.maxProblemsKept());
        try (HistoryCursor cursor = open(file, source, 0)) {
            long seen = 0;
            for (HistoryCursor.Item item; (item = cursor.next()) != null; ) {
                if (item instanceof HistoryCursor.Replayed r) {
                    sink.accept(r.event());
                    report.event(r.event().count(), r.mapped());
                } else if (item instanceof HistoryCursor.Refused x) {
                    report.problem(x.problem().line(), x.problem().reason());
                }
                seen = advance(report, progress, seen, cursor.line());
            }
            advance(report, progress, seen, cursor.line());
        }
        return report;
    }

    /** Counts and reports the lines read since the last item, blank and header lines included. */
    private static long advance(ReplayReport report, LongConsumer progress, long seen, long upTo) {
        for (long n = seen + 1; n <= upTo; n++) {
            report.line();
            progress.accept(n);
        }
        return upTo;
    }
}

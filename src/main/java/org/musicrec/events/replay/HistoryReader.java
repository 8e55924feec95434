package org.musicrec.events.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ReplayId;

/**
 * Reads a listening history line by line and hands each line on as an activity event whose id is
 * {@code replay:<source>:<line>}. Users are namespaced by the format ({@code lastfm:2}); items are
 * mapped to catalogue tracks when the mapping knows them and namespaced otherwise. A bad line is
 * recorded with its number and skipped; the rest flows. Plain Java: the CLI and a batch step share it.
 */
public final class HistoryReader {

    private final ReplayFormat format;
    private final ReplayLimits limits;
    private final TrackMapping mapping;

    public HistoryReader(ReplayFormat format, ReplayLimits limits, TrackMapping mapping) {
        this.format = format;
        this.limits = limits;
        this.mapping = mapping;
    }

    /**
     * @param source   the {@link ReplaySource} id of the file
     * @param progress told the number of each line read (1-based), for a progress display or checkpoint
     */
    public ReplayReport read(Path file, String source, EventSink sink, LongConsumer progress) throws IOException {
        LineParser parser = LineParser.of(format, limits);
        ReplayReport report = new ReplayReport(limits.maxProblemsKept());
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            BoundedLines lines = new BoundedLines(in, limits.maxLineChars());
            for (BoundedLines.Line l; (l = lines.next()) != null; ) {
                report.line();
                progress.accept(l.number());
                if (l.text() == null) {
                    report.problem(l.number(), "longer than " + limits.maxLineChars() + " characters");
                    continue;
                }
                if (l.number() == 1 && parser.header(l.text())) {
                    continue;
                }
                if (l.text().isBlank()) {
                    continue;
                }
                ParsedLine p;
                try {
                    p = parser.parse(l.text());
                } catch (RejectedLine e) {
                    report.problem(l.number(), e.getMessage());
                    continue;
                }
                Optional<String> mapped = mapping.track(p.item());
                sink.accept(new ActivityEvent(new ReplayId(source, l.number()).eventId(), format.namespaced(p.user()),
                        mapped.orElseGet(() -> format.namespaced(p.item())), p.type(), p.rating(), p.count(), p.at(), null));
                report.event(p.count(), mapped.isPresent() || mapping.isEmpty());
            }
        }
        return report;
    }
}

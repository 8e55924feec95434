package org.musicrec.events.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.EventRules;
import org.musicrec.events.ReplayId;

/**
 * Pull-style reading of a history, one line's outcome at a time, for a batch reader that checkpoints
 * the line number: {@link HistoryReader#open} with the checkpoint resumes after it. Resuming re-reads
 * the header (a CSV's column order lives there) and skips the lines up to the checkpoint unparsed.
 */
public final class HistoryCursor implements AutoCloseable {

    /** What one line gave: an event or a problem. */
    public sealed interface Item permits Replayed, Refused {
    }

    /** An event, and whether the mapping knew its item (always true without a mapping). */
    public record Replayed(long line, ActivityEvent event, boolean mapped) implements Item {
    }

    public record Refused(LineProblem problem) implements Item {
    }

    private final ReplayFormat format;
    private final ReplayLimits limits;
    private final TrackMapping mapping;
    private final EventRules rules;
    private final String source;
    private final long resumeAfter;
    private final BufferedReader in;
    private final BoundedLines lines;
    private final LineParser parser;
    private long line;

    HistoryCursor(Path file, ReplayFormat format, ReplayLimits limits, TrackMapping mapping, EventRules rules, String source,
                  long resumeAfter) throws IOException {
        this.format = format;
        this.limits = limits;
        this.mapping = mapping;
        this.rules = rules;
        this.source = source;
        this.resumeAfter = resumeAfter;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        this.lines = new BoundedLines(in, limits.maxLineChars());
        this.parser = LineParser.of(format, limits);
    }

    /** The next event or refused line, or null at the end of the file. */
    public Item next() throws IOException {
        for (BoundedLines.Line l; (l = lines.next()) != null; ) {
            line = l.number();
            if (l.text() == null) {
                if (line == 1 && format == ReplayFormat.CSV) {
                    throw new UnusableHistoryException("the CSV header is longer than " + limits.maxLineChars() + " characters");
                }
                if (line > resumeAfter) {
                    return new Refused(new LineProblem(line, "longer than " + limits.maxLineChars() + " characters"));
                }
                continue;
            }
            if (line == 1 && parser.header(l.text())) {
                continue;
            }
            if (line <= resumeAfter || l.text().isBlank()) {
                continue;
            }
            ParsedLine p;
            try {
                p = parser.parse(l.text());
            } catch (RejectedLine e) {
                return new Refused(new LineProblem(line, e.getMessage()));
            }
            Optional<String> mapped = mapping.track(p.item());
            ActivityEvent e = new ActivityEvent(new ReplayId(source, line).eventId(), format.namespaced(p.user()),
                    mapped.orElseGet(() -> format.namespaced(p.item())), p.type(), p.rating(), p.count(), p.at(), null);
            List<EventRules.Violation> refused = rules.acceptable(e, Instant.now());
            if (!refused.isEmpty()) {
                return new Refused(new LineProblem(line, refused.stream().map(EventRules.Violation::toString)
                        .collect(Collectors.joining("; "))));
            }
            return new Replayed(line, e, mapped.isPresent() || mapping.isEmpty());
        }
        return null;
    }

    /** The number of the last line read: the checkpoint to resume after. */
    public long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

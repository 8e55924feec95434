package org.musicrec.events.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.musicrec.events.ActivityType;

/**
 * {@code user,track,type,at[,count,rating]} with a header naming the columns in any order. The rules
 * are the API's: type one of play|skip|like|dislike|complete|rate, at ISO-8601 UTC, count at least 1,
 * a rating from 1 to 5 required for rate and refused otherwise. Each line is parsed on its own
 * (no field spans lines), so every problem has its exact line number.
 */
final class CsvLineParser implements LineParser {

    private static final List<String> REQUIRED = List.of("user", "track", "type", "at");
    private static final Set<String> KNOWN = Set.of("user", "track", "type", "at", "count", "rating");

    private final ReplayLimits limits;
    private final Map<String, Integer> columns = new HashMap<>();

    CsvLineParser(ReplayLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean header(String firstLine) {
        List<String> names;
        try {
            names = fields(firstLine).stream().map(s -> s.trim().replace("\uFEFF", "")).toList();
        } catch (RejectedLine e) {
            throw new UnusableHistoryException("unreadable CSV header: " + e.getMessage());
        }
        for (int i = 0; i < names.size(); i++) {
            if (!KNOWN.contains(names.get(i))) {
                throw new UnusableHistoryException("unknown CSV column '" + names.get(i) + "' (known: " + KNOWN + ")");
            }
            columns.put(names.get(i), i);
        }
        for (String r : REQUIRED) {
            if (!columns.containsKey(r)) {
                throw new UnusableHistoryException("the CSV header lacks the column '" + r + "'; it needs user,track,type,at[,count,rating]");
            }
        }
        return true;
    }

    @Override
    public ParsedLine parse(String line) throws RejectedLine {
        List<String> f = fields(line);
        if (f.size() != columns.size()) {
            throw new RejectedLine("expected " + columns.size() + " fields, got " + f.size());
        }
        String typeText = get(f, "type");
        ActivityType type = ActivityType.parse(typeText.trim())
                .orElseThrow(() -> new RejectedLine("type must be one of play, skip, like, dislike, complete, rate, got '"
                        + LineParser.abbreviate(typeText) + "'"));
        Instant at;
        try {
            at = Instant.parse(get(f, "at").trim());
        } catch (DateTimeParseException e) {
            throw new RejectedLine("at must be an ISO-8601 UTC instant such as 2026-01-31T12:00:00Z");
        }
        String countText = get(f, "count");
        int count = countText.isBlank() ? 1 : (int) LineParser.number(countText, "count", 1, limits.maxCount());
        String ratingText = get(f, "rating");
        Integer rating = ratingText.isBlank() ? null : (int) LineParser.number(ratingText, "rating", 1, 5);
        if (type == ActivityType.RATE && rating == null) {
            throw new RejectedLine("rating is required for a rate event");
        }
        if (type != ActivityType.RATE && rating != null) {
            throw new RejectedLine("rating is only allowed for a rate event");
        }
        return new ParsedLine(LineParser.id(get(f, "user"), "user", limits), LineParser.id(get(f, "track"), "track", limits),
                type, rating, count, at);
    }

    private String get(List<String> f, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : f.get(i);
    }

    private static List<String> fields(String line) throws RejectedLine {
        try (CSVParser p = CSVParser.parse(line, CSVFormat.DEFAULT)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                throw new RejectedLine("not one CSV record");
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RejectedLine("malformed CSV: " + e.getMessage());
        }
    }
}

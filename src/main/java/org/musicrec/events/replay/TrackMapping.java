package org.musicrec.events.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A {@code source-id,track-id} CSV (header line) mapping a history's item ids, as the file writes them
 * ({@code 51}, not {@code lastfm:51}), to catalogue track ids. A mapping is configuration, so any bad
 * line makes it unusable as a whole rather than silently mapping part of the history.
 */
public final class TrackMapping {

    private final Map<String, String> tracks;

    private TrackMapping(Map<String, String> tracks) {
        this.tracks = tracks;
    }

    public static TrackMapping none() {
        return new TrackMapping(Map.of());
    }

    public static TrackMapping read(Path file, ReplayLimits limits) throws IOException {
        Map<String, String> m = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, format)) {
            if (!p.getHeaderNames().equals(java.util.List.of("source-id", "track-id"))) {
                throw new UnusableHistoryException(file + ": the mapping header must be source-id,track-id, got " + p.getHeaderNames());
            }
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                if (r.size() != 2 || r.get(0).isBlank() || r.get(1).isBlank() || r.get(1).length() > limits.maxIdChars()) {
                    throw new UnusableHistoryException(file + " line " + line + ": expected source-id,track-id");
                }
                if (m.size() >= limits.maxMappingEntries()) {
                    throw new UnusableHistoryException(file + ": more than " + limits.maxMappingEntries() + " entries");
                }
                String previous = m.put(r.get(0).trim(), r.get(1).trim());
                if (previous != null && !previous.equals(r.get(1).trim())) {
                    throw new UnusableHistoryException(file + " line " + line + ": source id " + r.get(0) + " mapped twice");
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new UnusableHistoryException(file + ": malformed mapping: " + e.getMessage());
        }
        return new TrackMapping(m);
    }

    public Optional<String> track(String sourceId) {
        return Optional.ofNullable(tracks.get(sourceId));
    }

    public boolean isEmpty() {
        return tracks.isEmpty();
    }

    public int size() {
        return tracks.size();
    }
}

package org.musicrec.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two columns of FMA's {@code tracks.csv} that stratification needs: {@code track_id} and
 * {@code track.genre_top}. Deliberately small; the catalogue capability owns the full parser. Accepts
 * {@code fma_metadata.zip}, a folder holding {@code tracks.csv} (or {@code fma_metadata/tracks.csv}), or the file.
 *
 * @param genreByTrack tracks with a top genre; tracks without one are left out (they have several)
 * @param skippedRows data rows whose track id was not a number
 */
public record FmaGenreTable(Map<Long, String> genreByTrack, int rows, int skippedRows) {
    static final int MAX_ROWS = 5_000_000;
    private static final String FILE = "tracks.csv";

    public static FmaGenreTable read(Path metadata) throws UnusableInputException {
        try {
            if (Files.isDirectory(metadata)) {
                Path file = Files.isRegularFile(metadata.resolve(FILE)) ? metadata.resolve(FILE)
                        : metadata.resolve("fma_metadata").resolve(FILE);
                return read(file);
            }
            if (!Files.isRegularFile(metadata)) {
                throw new UnusableInputException("metadata not found: " + metadata);
            }
            if (metadata.getFileName().toString().endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(metadata)) {
                    return parse(in, metadata.toString());
                }
            }
            try (ZipFile zip = new ZipFile(metadata.toFile())) {
                ZipEntry entry = zip.getEntry("fma_metadata/" + FILE);
                if (entry == null) {
                    entry = zip.getEntry(FILE);
                }
                if (entry == null) {
                    throw new UnusableInputException("no " + FILE + " or fma_metadata/" + FILE + " in " + metadata);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return parse(in, metadata + "!" + entry.getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnusableInputException("cannot read FMA metadata " + metadata + ": " + e.getMessage(), e);
        }
    }

    static FmaGenreTable parse(InputStream in, String source) throws IOException, UnusableInputException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader);
        Iterator<CSVRecord> it = parser.iterator();
        CSVRecord groups = it.hasNext() ? it.next() : null;
        CSVRecord names = it.hasNext() ? it.next() : null;
        CSVRecord idRow = it.hasNext() ? it.next() : null;
        if (groups == null || names == null || idRow == null || !"track_id".equals(idRow.get(0))) {
            throw new UnusableInputException(source + ": not FMA's tracks.csv (expected three header rows, the third "
                    + "starting with track_id)");
        }
        int column = -1;
        for (int i = 0; i < Math.min(groups.size(), names.size()); i++) {
            if ("track".equals(groups.get(i)) && "genre_top".equals(names.get(i))) {
                column = i;
            }
        }
        if (column < 0) {
            throw new UnusableInputException(source + ": no track.genre_top column");
        }
        Map<Long, String> genres = new HashMap<>();
        int rows = 0;
        int skipped = 0;
        while (it.hasNext()) {
            CSVRecord r = it.next();
            if (++rows > MAX_ROWS) {
                throw new UnusableInputException(source + ": more than " + MAX_ROWS + " rows");
            }
            try {
                long id = Long.parseLong(r.get(0).trim());
                String genre = column < r.size() ? r.get(column).trim() : "";
                if (!genre.isEmpty()) {
                    genres.put(id, genre);
                }
            } catch (NumberFormatException e) {
                skipped++;
            }
        }
        return new FmaGenreTable(Collections.unmodifiableMap(genres), rows, skipped);
    }
}

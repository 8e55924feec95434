package org.musicrec.tools.generate;

import org.musicrec.catalog.fma.FmaColumns;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic FMA metadata set in the exact formats of the real one: tracks.csv with its
 * three-row header and 52 columns, genres.csv, and the raw_* files, with the awkward cells real
 * rows have (see {@link FakeText}). Deterministic for a given {@link Settings}: same seed, same bytes.
 * Optionally corrupts some tracks.csv rows (never the first track of an album or artist) so an
 * import's skip path can be checked against an exact count.
 */
public final class FmaMetadataGenerator {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** The real dataset's proportions, used to scale albums and artists from a track count. */
    public static final int FULL_TRACKS = 106_574;
    public static final int FULL_ALBUMS = 14_854;
    public static final int FULL_ARTISTS = 16_341;
    public static final int FULL_GENRES = 163;

    /** @param malformedTracks tracks.csv rows to corrupt (skipped by an import) */
    public record Settings(int tracks, int albums, int artists, int genres, long seed, int malformedTracks) {
        public Settings {
            if (tracks > 10_000_000 || genres > 10_000 || genres < SyntheticGenres.ROOT_IDS.length || malformedTracks < 0) {
                throw new IllegalArgumentException("tracks <= 10,000,000, genres 16..10,000, malformed >= 0");
            }
        }

        /** Albums and artists in the real dataset's proportion to {@code tracks}. */
        public static Settings scaled(int tracks, long seed) {
            int albums = (int) Math.max(1, Math.round((double) tracks * FULL_ALBUMS / FULL_TRACKS));
            int artists = (int) Math.max(1, Math.round((double) tracks * FULL_ARTISTS / FULL_TRACKS));
            return new Settings(tracks, albums, artists, FULL_GENRES, seed, 0);
        }

        public Settings withMalformedTracks(int n) {
            return new Settings(tracks, albums, artists, genres, seed, n);
        }
    }

    /** What was written: the counts an import of it must report. */
    public record Summary(Path directory, int tracks, int albums, int artists, int genres, int malformedTracks) {
    }

    private final Settings settings;
    private final SyntheticGenres genres;
    private final CatalogLayout layout;
    private final FakeEntities fakes;

    public FmaMetadataGenerator(Settings settings) {
        this.settings = settings;
        this.genres = new SyntheticGenres(settings.genres());
        this.layout = new CatalogLayout(settings.tracks(), settings.albums(), settings.artists(),
                settings.genres(), settings.seed());
        this.fakes = new FakeEntities(settings.seed(), genres);
        if (settings.malformedTracks() > settings.tracks() - layout.groups()) {
            throw new IllegalArgumentException("at most " + (settings.tracks() - layout.groups()) + " malformed tracks");
        }
    }

    /** Writes the six CSV files into {@code directory} (created if needed). */
    public Summary write(Path directory) throws IOException {
        Files.createDirectories(directory);
        long[] genreCounts = new TrackFilesWriter(layout, fakes, genres, corruptedRows())
                .write(directory.resolve("tracks.csv"), directory.resolve("raw_tracks.csv"));
        writeGenres(directory, genreCounts);
        new PeopleFilesWriter(layout, fakes).write(directory.resolve("raw_artists.csv"), directory.resolve("raw_albums.csv"));
        return new Summary(directory, settings.tracks(), settings.albums(), settings.artists(), settings.genres(),
                settings.malformedTracks());
    }

    /** Spread evenly, moved off the first track of each group so every album and artist keeps a good row. */
    private BitSet corruptedRows() {
        BitSet groupStarts = new BitSet(settings.tracks());
        int k = 0;
        for (int size : layout.groupSize) {
            groupStarts.set(k);
            k += size;
        }
        BitSet corrupt = new BitSet(settings.tracks());
        int m = settings.malformedTracks();
        for (int i = 0; i < m; i++) {
            int at = (int) ((long) (i + 1) * settings.tracks() / (m + 1));
            while (groupStarts.get(at) || corrupt.get(at)) {
                at = (at + 1) % settings.tracks();
            }
            corrupt.set(at);
        }
        return corrupt;
    }

    private void writeGenres(Path dir, long[] counts) throws IOException {
        try (CSVPrinter cleaned = printer(dir.resolve("genres.csv"), FmaColumns.GENRES);
             CSVPrinter raw = printer(dir.resolve("raw_genres.csv"), FmaColumns.RAW_GENRES)) {
            List<SyntheticGenres.Node> nodes = genres.nodes().stream()
                    .sorted(java.util.Comparator.comparingInt(SyntheticGenres.Node::id)).toList();
            for (SyntheticGenres.Node n : nodes) {
                cleaned.printRecord(n.id(), counts[genres.nodes().indexOf(n)], n.parent(), n.title(), n.topLevel());
                raw.printRecord(n.id(), n.color(), n.title().replace(" / ", "__").replace(' ', '_'),
                        n.isRoot() ? "" : n.parent(), n.title());
            }
        }
    }

    static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        return p;
    }
}

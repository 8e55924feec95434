package org.musicrec.tools.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.InMemoryCatalogSink;
import org.musicrec.catalog.Track;
import org.musicrec.catalog.fma.CatalogImporter;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaSource;
import org.musicrec.catalog.fma.ImportOptions;
import org.musicrec.catalog.fma.ImportReport;

class FmaMetadataGeneratorTest {
    private static final List<String> FILES = List.of("tracks.csv", "raw_tracks.csv", "raw_albums.csv",
            "raw_artists.csv", "raw_genres.csv", "genres.csv");

    private static FmaMetadataGenerator.Summary generate(Path dir, int tracks, long seed, int malformed) throws Exception {
        return new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(tracks, seed).withMalformedTracks(malformed))
                .write(dir);
    }

    private static ImportReport importInto(InMemoryCatalogSink sink, Path dir, ImportOptions options) throws Exception {
        try (FmaSource source = FmaSource.open(dir)) {
            return new CatalogImporter(sink, options, n -> { }).importAll(source);
        }
    }

    @Test
    void fullSizeSettingsMatchTheRealDataset() {
        FmaMetadataGenerator.Settings full = FmaMetadataGenerator.Settings.scaled(106_574, 1);
        assertEquals(14_854, full.albums());
        assertEquals(16_341, full.artists());
        assertEquals(163, full.genres());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes(@TempDir Path tmp) throws Exception {
        generate(tmp.resolve("a"), 300, 11, 3);
        generate(tmp.resolve("b"), 300, 11, 3);
        generate(tmp.resolve("c"), 300, 12, 3);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertFalse(Files.readString(tmp.resolve("a/tracks.csv")).equals(Files.readString(tmp.resolve("c/tracks.csv"))));
    }

    @Test
    void roundTripLoadsExactCountsAndReportsEachCorruptedRowAtItsLine(@TempDir Path dir) throws Exception {
        FmaMetadataGenerator.Summary s = generate(dir, 400, 7, 9);
        InMemoryCatalogSink sink = new InMemoryCatalogSink();
        ImportReport report = importInto(sink, dir, ImportOptions.DEFAULT.withBatchSize(37));

        assertEquals(400 - 9, report.loaded(CatalogKind.TRACKS));
        assertEquals(s.albums(), report.loaded(CatalogKind.ALBUMS));
        assertEquals(s.artists(), report.loaded(CatalogKind.ARTISTS));
        assertEquals(163, report.loaded(CatalogKind.GENRES));
        assertEquals(9, report.skipped(CatalogKind.TRACKS));
        assertEquals(9, report.problemCount());
        assertEquals(400 - 9, sink.tracks.size());
        assertTrue(sink.albums.values().stream().allMatch(a -> a.getArtistId() != null && a.getTitle() != null),
                "raw_albums.csv gives the album, tracks.csv its artist id");
        assertEquals(9, sink.problems.size());

        List<String> lines = Files.readAllLines(dir.resolve("tracks.csv"), StandardCharsets.UTF_8);
        for (ImportReport.Problem p : report.problems()) {
            assertEquals("tracks.csv", p.file());
            String line = lines.get((int) p.line() - 1);
            long id = Long.parseLong(line.substring(0, line.indexOf(',')));
            assertFalse(sink.tracks.containsKey(id), "line " + p.line() + " starts the skipped track " + id);
        }
    }

    @Test
    void genreTrackCountsAgreeWithTheTracksAndTreesAreConsistent(@TempDir Path dir) throws Exception {
        generate(dir, 500, 3, 0);
        InMemoryCatalogSink sink = new InMemoryCatalogSink();
        importInto(sink, dir, ImportOptions.DEFAULT);
        Map<Integer, Integer> counted = new HashMap<>();
        sink.tracks.values().forEach(t -> t.getGenresAll().forEach(g -> counted.merge(g, 1, Integer::sum)));
        for (Genre g : sink.genres.values()) {
            assertEquals(counted.getOrDefault(g.getId(), 0), g.getTrackCount(), "tracks of genre " + g.getId());
            Genre root = g;
            while (root.getParentId() != null) {
                root = sink.genres.get(root.getParentId());
            }
            assertEquals(root.getId(), g.getTopLevelId());
            assertNotNull(g.getColor(), "raw_genres.csv merged in");
        }
        for (Track t : sink.tracks.values()) {
            Set<Integer> roots = new java.util.HashSet<>();
            t.getGenres().forEach(id -> roots.add(sink.genres.get(id).getTopLevelId()));
            assertEquals(roots.size() == 1 ? sink.genres.get(roots.iterator().next()).getTitle() : null, t.getTopGenre());
            assertTrue(t.getGenresAll().containsAll(t.getGenres()));
        }
    }

    @Test
    void tracksCsvAloneDerivesEveryAlbumAndArtist(@TempDir Path dir) throws Exception {
        FmaMetadataGenerator.Summary s = generate(dir, 300, 5, 4);
        InMemoryCatalogSink sink = new InMemoryCatalogSink();
        ImportReport report = importInto(sink, dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.TRACKS, FmaFile.GENRES)));
        assertEquals(s.albums(), report.loaded(CatalogKind.ALBUMS));
        assertEquals(s.artists(), report.loaded(CatalogKind.ARTISTS));
        assertEquals(296, report.loaded(CatalogKind.TRACKS));
    }

    @Test
    void rawFilesInTheirOwnFormatsGiveTheSameValuesAsTracksCsv(@TempDir Path dir) throws Exception {
        generate(dir, 300, 9, 0);
        InMemoryCatalogSink cleaned = new InMemoryCatalogSink();
        importInto(cleaned, dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.TRACKS)));
        InMemoryCatalogSink raw = new InMemoryCatalogSink();
        ImportReport report = importInto(raw, dir, ImportOptions.DEFAULT.withFiles(
                Set.of(FmaFile.RAW_TRACKS, FmaFile.RAW_ALBUMS, FmaFile.RAW_ARTISTS)));
        assertEquals(0, report.problemCount(), () -> report.problems().toString());
        assertEquals(cleaned.tracks.keySet(), raw.tracks.keySet());
        for (Track c : cleaned.tracks.values()) {
            Track r = raw.tracks.get(c.getId());
            assertEquals(c.getTitle(), r.getTitle());
            assertEquals(c.getGenres(), r.getGenres());
            assertEquals(c.getDuration(), r.getDuration(), "mm:ss against seconds");
            assertEquals(c.getDateCreated(), r.getDateCreated(), "US date against ISO");
            assertEquals(c.getAlbumId(), r.getAlbumId());
            assertEquals(c.getTags(), r.getTags());
        }
        for (Artist c : cleaned.artists.values()) {
            Artist r = raw.artists.get(c.getId());
            assertEquals(c.getName(), r.getName());
            assertEquals(c.getActiveYearBegin(), r.getActiveYearBegin(), "bare year against a date");
            assertEquals(c.getDateCreated(), r.getDateCreated());
            assertEquals(c.getBio(), r.getBio());
            assertEquals(c.getLatitude(), r.getLatitude());
        }
        cleaned.albums.values().forEach(c -> assertEquals(c.getDateReleased(), raw.albums.get(c.getId()).getDateReleased()));
    }

    @Test
    void theAwkwardCasesAreInTheFiles(@TempDir Path dir) throws Exception {
        generate(dir, 200, 1, 0);
        String tracks = Files.readString(dir.resolve("tracks.csv"));
        String rawTracks = Files.readString(dir.resolve("raw_tracks.csv"));
        String rawArtists = Files.readString(dir.resolve("raw_artists.csv"));
        assertTrue(tracks.contains("\"\""), "escaped quotes");
        assertTrue(tracks.matches("(?s).*\"<p>[^\"]*\n.*"), "a quoted field spanning lines");
        assertTrue(tracks.contains("<a href=\"\"http"), "HTML");
        assertTrue(tracks.contains("Fósforo") && tracks.contains("音楽団") && tracks.contains("🎵"), "non-ASCII and emoji");
        assertTrue(tracks.contains("\"[\"\"rock'n'roll\"\","), "a Python list with a double-quoted string");
        assertTrue(tracks.contains(",,"), "empty fields");
        assertTrue(rawTracks.contains("[{'genre_id': '"), "genre objects");
        assertTrue(rawTracks.matches("(?s).*\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d [AP]M.*"), "US dates");
        assertTrue(rawTracks.matches("(?s).*,\\d:\\d\\d:\\d\\d,.*") && rawTracks.matches("(?s).*,\\d\\d:\\d\\d,.*"), "durations");
        assertTrue(rawArtists.matches("(?s).*\n\\d+,(19|20)\\d\\d,.*"), "bare years");
    }
}

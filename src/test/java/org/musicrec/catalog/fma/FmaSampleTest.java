package org.musicrec.catalog.fma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.InMemoryCatalogSink;
import org.musicrec.catalog.Track;
import org.musicrec.platform.DataDir;

/** The readers on the real FMA samples (genres.csv, raw_genres.csv and the head of tracks.csv). */
class FmaSampleTest {
    private static final String SAMPLE = "fma-sample/fma_metadata";

    private static InMemoryCatalogSink importSample(Path location, ImportOptions options) throws Exception {
        InMemoryCatalogSink sink = new InMemoryCatalogSink();
        try (FmaSource source = FmaSource.open(location)) {
            ImportReport report = new CatalogImporter(sink, options, n -> { }).importAll(source);
            assertEquals(0, report.problemCount(), () -> "problems: " + report.problems());
        }
        return sink;
    }

    @Test
    void realTracksHeaderHasTheColumnsTheGeneratorWrites() throws Exception {
        Path tracks = DataDir.require(SAMPLE + "/tracks.csv");
        List<String> lines = Files.readAllLines(tracks).subList(0, 3);
        String groups = String.join(",", FmaColumns.TRACKS.stream().map(c -> c.substring(0, c.indexOf('.'))).toList());
        String fields = String.join(",", FmaColumns.TRACKS.stream().map(c -> c.substring(c.indexOf('.') + 1)).toList());
        assertEquals("," + groups, lines.get(0));
        assertEquals("," + fields, lines.get(1));
        assertEquals("track_id" + ",".repeat(52), lines.get(2));
    }

    @Test
    void genresCsvHas163GenresInSixteenTrees() throws Exception {
        InMemoryCatalogSink sink = importSample(DataDir.require(SAMPLE),
                ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.GENRES)));
        assertEquals(163, sink.genres.size());
        assertEquals(16, sink.genres.values().stream().filter(g -> g.getParentId() == null).count());
        Genre avantGarde = sink.genres.get(1);
        assertEquals("Avant-Garde", avantGarde.getTitle());
        assertEquals(38, avantGarde.getParentId());
        assertEquals(38, avantGarde.getTopLevelId());
        assertEquals(8693, avantGarde.getTrackCount());
        for (Genre g : sink.genres.values()) {
            assertEquals(g.getParentId() == null ? g.getId() : sink.genres.get(g.getParentId()).getTopLevelId(),
                    g.getTopLevelId(), "top level of " + g.getId() + " is its parent's");
        }
    }

    @Test
    void rawGenresAloneAreWalkedAsTheyAreCyclesIncluded(@TempDir Path rawOnly) throws Exception {
        Path dir = DataDir.require(SAMPLE);
        InMemoryCatalogSink cleaned = importSample(dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.GENRES)));
        Files.copy(dir.resolve("raw_genres.csv"), rawOnly.resolve("raw_genres.csv"));
        InMemoryCatalogSink raw = importSample(rawOnly, ImportOptions.DEFAULT);
        // The real raw_genres.csv lists one genre more than genres.csv: 806 "hiphop" under Hip-Hop (21).
        assertEquals(164, raw.genres.size());
        assertTrue(raw.genres.keySet().containsAll(cleaned.genres.keySet()));
        assertEquals(21, raw.genres.get(806).getTopLevelId());
        assertNull(raw.genres.get(763).getTopLevelId(), "763 is its own parent in raw_genres.csv");
        long agreeing = cleaned.genres.values().stream()
                .filter(g -> g.getTopLevelId().equals(raw.genres.get(g.getId()).getTopLevelId())).count();
        assertTrue(agreeing >= 155, "top levels agreeing with genres.csv: " + agreeing);
        assertEquals("Old-Time__Historic", raw.genres.get(8).getHandle());
    }

    @Test
    void withGenresCsvPresentRawGenresOnlyAddHandlesColoursAndMissingGenres() throws Exception {
        Path dir = DataDir.require(SAMPLE);
        InMemoryCatalogSink cleaned = importSample(dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.GENRES)));
        InMemoryCatalogSink both = importSample(dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.GENRES, FmaFile.RAW_GENRES)));
        assertEquals(164, both.genres.size());
        for (Genre g : cleaned.genres.values()) {
            Genre merged = both.genres.get(g.getId());
            assertEquals(g.getTitle(), merged.getTitle());
            assertEquals(g.getParentId(), merged.getParentId(), "parent of " + g.getId());
            assertEquals(g.getTopLevelId(), merged.getTopLevelId(), "top level of " + g.getId());
            assertTrue(merged.getColor().startsWith("#"));
        }
        assertEquals(21, both.genres.get(806).getParentId());
        assertEquals(21, both.genres.get(806).getTopLevelId());
    }

    @Test
    void headOfTracksCsvParsesWithoutAProblem() throws Exception {
        Path dir = DataDir.require(SAMPLE);
        InMemoryCatalogSink sink = importSample(dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.TRACKS)));
        assertEquals(682, sink.tracks.size(), "PROVENANCE.md: 682 data rows");
        Track food = sink.tracks.get(2L);
        assertEquals("Food", food.getTitle());
        assertEquals("AWOL", food.getArtistName());
        assertEquals(1L, food.getArtistId());
        assertEquals(1L, food.getAlbumId());
        assertEquals("AWOL - A Way Of Life", food.getAlbumTitle());
        assertEquals(List.of(21), food.getGenres());
        assertEquals("Hip-Hop", food.getTopGenre());
        assertEquals(168, food.getDuration());
        assertEquals(1293, food.getListens());
        assertEquals("2008-11-26T01:48:12", food.getDateCreated());
        assertEquals("small", food.getSubset());
        assertEquals("food awol", food.getSearchKey());
        assertNull(food.getAudioPath());
        assertTrue(sink.artists.values().stream().anyMatch(a -> "Fósforo".equals(a.getName())), "non-ASCII names survive");
        assertTrue(sink.artists.values().stream().anyMatch(a -> a.getBio() != null && a.getBio().contains("\n")),
                "multi-line bios survive");
        assertTrue(sink.tracks.values().stream().anyMatch(t -> t.getGenresAll().size() > t.getGenres().size()));
        assertEquals(sink.artists.size(), sink.tracks.values().stream().map(Track::getArtistId).distinct().count());
        assertEquals("2008-11-26T01:42:32", sink.artists.get(1L).getDateCreated());
        assertEquals(2006, sink.artists.get(1L).getActiveYearBegin());
    }

    @Test
    void zipWithAFolderReadsLikeTheDirectory(@TempDir Path tmp) throws Exception {
        Path dir = DataDir.require(SAMPLE);
        Path zip = tmp.resolve("fma_metadata.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("genres.csv", "tracks.csv", "README.txt")) {
                z.putNextEntry(new ZipEntry("fma_metadata/" + name));
                Files.copy(dir.resolve(name), z);
                z.closeEntry();
            }
        }
        InMemoryCatalogSink fromZip = importSample(zip, ImportOptions.DEFAULT);
        InMemoryCatalogSink fromDir = importSample(dir, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.GENRES, FmaFile.TRACKS)));
        assertEquals(fromDir.tracks.keySet(), fromZip.tracks.keySet());
        assertEquals(fromDir.genres.keySet(), fromZip.genres.keySet());
        assertEquals(new ArrayList<>(fromDir.artists.keySet()), new ArrayList<>(fromZip.artists.keySet()));
        try (FmaSource s = FmaSource.open(zip)) {
            assertEquals(Set.of(FmaFile.GENRES, FmaFile.TRACKS), s.files());
        }
        assertEquals(CatalogKind.TRACKS, FmaFile.TRACKS.kind());
    }
}

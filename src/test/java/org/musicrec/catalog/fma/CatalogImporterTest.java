package org.musicrec.catalog.fma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.InMemoryCatalogSink;
import org.musicrec.catalog.Track;
import org.musicrec.tools.generate.FmaMetadataGenerator;

class CatalogImporterTest {
    private static final String GENRES = "genre_id,#tracks,parent,title,top_level\n1,2,0,Rock,1\n2,1,1,\"Post, Rock\",1\n";

    @Test
    void anUnusableFileIsReportedAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("genres.csv"), GENRES + "3,1,1,\"Broken,1\n4,1,1,Never read,1\n");
        Files.writeString(dir.resolve("tracks.csv"), "id,name\nx,y\ntrack_id,\n1,x\n");
        Files.writeString(dir.resolve("raw_artists.csv"), "artist_id,artist_name,artist_latitude\n7,Ana,\n8,Bo,north\n9,Ché,1.5\n");
        InMemoryCatalogSink sink = new InMemoryCatalogSink();
        ImportReport report;
        try (FmaSource source = FmaSource.open(dir)) {
            report = new CatalogImporter(sink, ImportOptions.DEFAULT, n -> { }).importAll(source);
        }
        assertEquals(2, report.loaded(CatalogKind.GENRES));
        assertEquals(2, report.loaded(CatalogKind.ARTISTS));
        assertEquals(0, report.loaded(CatalogKind.TRACKS));
        assertEquals(List.of(
                "genres.csv:4: unreadable CSV, rest of file skipped:",
                "raw_artists.csv:3: artist_latitude: not a number: north",
                "tracks.csv:1: missing column track_id (not an FMA tracks.csv?)"),
                report.problems().stream().map(p -> p.toString().replaceAll("(skipped:).*", "$1")).toList());
        assertEquals(sink.problems.size(), report.problemCount());
        assertTrue(report.files().stream().filter(f -> f.file() == FmaFile.GENRES).allMatch(ImportReport.FileStats::stoppedEarly));
    }

    @Test
    void aFailingStoreStopsTheImportWithItsOwnException(@TempDir Path dir) throws Exception {
        new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(100, 1)).write(dir);
        IllegalStateException boom = new IllegalStateException("store down");
        InMemoryCatalogSink failing = new InMemoryCatalogSink() {
            @Override
            public void upsertTracks(List<Track> tracks) {
                throw boom;
            }
        };
        try (FmaSource source = FmaSource.open(dir)) {
            CatalogImporter importer = new CatalogImporter(failing, ImportOptions.DEFAULT.withBatchSize(10), n -> { });
            assertSame(boom, assertThrows(IllegalStateException.class, () -> importer.importAll(source)));
        }
    }
}

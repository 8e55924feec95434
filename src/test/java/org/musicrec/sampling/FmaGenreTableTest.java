package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.platform.DataDir;

class FmaGenreTableTest {
    @TempDir
    Path dir;

    static final String SMALL = """
            ,album,track,track
            ,title,genre_top,title
            track_id,,,
            2,"AWOL, A Way Of Life",Hip-Hop,Food
            3,x,,"multi
            line"
            abc,x,Rock,bad id
            10,x,Pop,y
            """;

    @Test
    void readsTrackIdAndTopGenreFromAHandMadeFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("tracks.csv"), SMALL);
        FmaGenreTable t = FmaGenreTable.read(dir); // a folder holding tracks.csv
        assertEquals(4, t.rows());
        assertEquals(1, t.skippedRows());
        assertEquals("Hip-Hop", t.genreByTrack().get(2L));
        assertEquals("Pop", t.genreByTrack().get(10L));
        assertFalse(t.genreByTrack().containsKey(3L)); // no top genre
        assertEquals(t, FmaGenreTable.read(csv));
    }

    @Test
    void readsFromFmaMetadataZip() throws Exception {
        Path zip = dir.resolve("fma_metadata.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(raw)) {
            z.putNextEntry(new ZipEntry("fma_metadata/raw_tracks.csv"));
            z.write("track_id,x\n1,2\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("fma_metadata/tracks.csv"));
            z.write(SMALL.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Hip-Hop", FmaGenreTable.read(zip).genreByTrack().get(2L));
    }

    @Test
    void somethingElseIsAClearError() throws Exception {
        Path other = Files.writeString(dir.resolve("tracks.csv"), "track_id,genre\n1,Rock\n");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> FmaGenreTable.read(other));
        assertEquals(true, e.getMessage().contains("three header rows"), e.getMessage());
        assertThrows(UnusableInputException.class, () -> FmaGenreTable.read(dir.resolve("missing.zip")));
    }

    @Test
    void realSampleOfTracksCsv() throws Exception {
        Path sample = DataDir.require("fma-sample/fma_metadata");
        FmaGenreTable t = FmaGenreTable.read(sample);
        // Reference counts from the file itself (682 data rows, 51 of them without a top genre, 269 Rock).
        assertEquals(682, t.rows());
        assertEquals(0, t.skippedRows());
        assertEquals(682 - 51, t.genreByTrack().size());
        assertEquals(269, t.genreByTrack().values().stream().filter("Rock"::equals).count());
        assertEquals("Hip-Hop", t.genreByTrack().get(2L));
        assertEquals("Pop", t.genreByTrack().get(10L));
    }
}

package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionFileTest {
    @TempDir
    Path dir;

    private Interactions empty() {
        return new Interactions(new IdDictionary(), new IdDictionary());
    }

    @Test
    void readsMovieLensRowsWithTimestamps() throws IOException {
        Path f = Files.writeString(dir.resolve("u.data"), "196\t242\t3\t881250949\n186\t302\t3\t891717742\n\n22\t242\t1\t878887116\n");
        Interactions rows = empty();
        InteractionFile.Report report = InteractionFile.read(f, rows, 100);
        assertTrue(report.clean());
        assertEquals(3, rows.size());
        assertEquals(2, rows.items().size());
        assertEquals(881250949L, rows.timestamp(0));
        assertEquals(rows.item(0), rows.item(2));
    }

    @Test
    void skipsTheHetRecHeaderSilently() throws IOException {
        Path f = Files.writeString(dir.resolve("user_artists.dat"), "userID\tartistID\tweight\r\n2\t51\t13883\r\n2\t52\t11690\r\n");
        Interactions rows = empty();
        InteractionFile.Report report = InteractionFile.read(f, rows, 100);
        assertTrue(report.clean());
        assertEquals(2, rows.size());
        assertEquals(13883f, rows.value(0));
        assertEquals(Interactions.NO_TIMESTAMP, rows.timestamp(0));
    }

    @Test
    void reportsMalformedLinesWithTheirNumbersAndKeepsTheRest() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.tsv"),
                "1\t2\t3\n1\t2\n1\t3\tlots\n1\t4\tNaN\n1\t5\t2\tyesterday\n\t6\t1\n2\t2\t4\n");
        Interactions rows = empty();
        InteractionFile.Report report = InteractionFile.read(f, rows, 100);
        assertEquals(2, rows.size());
        assertEquals(5, report.problemCount());
        assertTrue(report.problems().get(0).endsWith("bad.tsv:2: expected 3 or 4 tab-separated fields (user item value [timestamp]), found 2"),
                report.problems().get(0));
        assertTrue(report.problems().get(1).contains(":3: value 'lots' is not a number"));
        assertTrue(report.problems().get(2).contains(":4: value 'NaN' is not finite"));
        assertTrue(report.problems().get(3).contains(":5: timestamp 'yesterday'"));
        assertTrue(report.problems().get(4).contains(":6: empty user or item id"));
    }

    @Test
    void refusesFilesOverTheRowLimitAndMissingFiles() throws IOException {
        Path f = Files.writeString(dir.resolve("big.tsv"), "1\t1\t1\n1\t2\t1\n1\t3\t1\n");
        InteractionFile.UnusableFileException e = assertThrows(InteractionFile.UnusableFileException.class,
                () -> InteractionFile.read(f, empty(), 2));
        assertTrue(e.getMessage().contains("more than 2 rows"), e.getMessage());
        assertThrows(InteractionFile.UnusableFileException.class, () -> InteractionFile.read(dir.resolve("none"), empty(), 2));
    }

    @Test
    void writesWhatItReads() throws IOException {
        String text = "u1\ti1\t3\t881250949\nu2\ti1\t0.5\n";
        Path f = Files.writeString(dir.resolve("in.tsv"), text);
        Interactions rows = empty();
        InteractionFile.read(f, rows, 100);
        Path out = dir.resolve("out.tsv");
        InteractionFile.write(out, rows);
        assertEquals(text, Files.readString(out));
    }
}

package org.musicrec.tools.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.SyntheticInteractions;
import org.musicrec.tools.cli.ExitStatus;

class GenerateInteractionsCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateInteractionsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheGeneratedRowsInOrderAndTheSameBytesForTheSameSeed() throws IOException {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        Path c = dir.resolve("c.tsv");
        assertEquals(ExitStatus.OK, run("--out", a.toString(), "--users", "300", "--items", "200", "--rows", "4000", "--seed", "9"), err.toString());
        assertTrue(out.toString().contains("\"rows\": 4000"), out.toString());
        assertEquals(ExitStatus.OK, run("--out", b.toString(), "--users", "300", "--items", "200", "--rows", "4000", "--seed", "9"), err.toString());
        assertEquals(ExitStatus.OK, run("--out", c.toString(), "--users", "300", "--items", "200", "--rows", "4000", "--seed", "10"), err.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed, another set");

        SyntheticInteractions set = SyntheticInteractions.generate(300, 200, 4000, 9L);
        List<String> lines = Files.readAllLines(a);
        assertEquals(4000, lines.size());
        for (int r : new int[] {0, 1, 1999, 3999}) {
            assertEquals(set.users()[r] + "\t" + set.items()[r] + "\t" + (long) set.values()[r], lines.get(r), "row " + r);
        }
        Interactions read = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.Report report = InteractionFile.read(a, read, InteractionFile.DEFAULT_MAX_ROWS);
        assertTrue(report.clean(), report.problems().toString());
        assertEquals(4000, read.size());
    }

    @Test
    void refusesRowsTheShapeCannotHold() {
        // 300 users x 200 items hold at most 300 x 50 distinct rows (a user takes at most a quarter of the items).
        assertEquals(ExitStatus.BAD_INPUT, run("--out", dir.resolve("x.tsv").toString(), "--users", "300", "--items", "200", "--rows", "15001"));
        assertTrue(err.toString().contains("rows must be in 300..15000"), err.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--users", "3"));
    }
}

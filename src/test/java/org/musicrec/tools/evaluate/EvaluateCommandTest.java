package org.musicrec.tools.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.tools.cli.ExitStatus;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Two taste groups over 20 items, play counts; seeded. */
    private Path counts(String name, long seed, int perUser) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("userID\tartistID\tweight\n");
        for (int u = 0; u < 40; u++) {
            int base = u < 20 ? 0 : 10;
            for (int p = 0; p < perUser; p++) {
                b.append("u").append(u).append('\t').append("a").append(base + r.nextInt(10)).append('\t')
                        .append(1 + r.nextInt(50)).append('\n');
            }
        }
        return Files.writeString(dir.resolve(name), b);
    }

    @Test
    void implicitRunPrintsOneJsonObjectWithTheIssuesKeys() throws IOException {
        Path train = counts("train.tsv", 1, 6);
        Path test = counts("test.tsv", 2, 2);
        Path recs = dir.resolve("recs.tsv");
        Path preds = dir.resolve("preds.tsv");
        int status = run("--train", train.toString(), "--test", test.toString(), "--implicit", "--rank", "4",
                "--iterations", "3", "--k", "5", "--threads", "2",
                "--recommendations-out", recs.toString(), "--predictions-out", preds.toString());
        assertEquals(ExitStatus.OK, status, err.toString());
        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, json.lines().count());
        for (String key : List.of("\"precision@5\": ", "\"recall@5\": ", "\"ndcg@5\": ", "\"map@5\": ", "\"coverage\": ",
                "\"baseline\": {", "\"train_seconds\": ", "\"rank\": 4", "\"iterations\": 3", "\"implicit\": true",
                "\"confidence\": \"log\"", "\"k\": 5", "\"seed\": 42", "\"solver\": \"cg\"", "\"cg_steps\": 3")) {
            assertTrue(json.contains(key), key + " missing from " + json);
        }
        assertTrue(!json.contains("\"rmse\""), json);
        List<String> recLines = Files.readAllLines(recs);
        assertEquals(40 * 5, recLines.size());
        assertTrue(recLines.get(0).matches("u0\ta\\d+\t1\t-?[0-9.E-]+"), recLines.get(0));
        assertEquals(80, Files.readAllLines(preds).size());
        assertTrue(err.toString().contains("iteration 3/3 done"), err.toString());
    }

    @Test
    void solverStepsAndBm25AreFlags() throws IOException {
        Path train = counts("train.tsv", 1, 6);
        Path test = counts("test.tsv", 2, 2);
        assertEquals(ExitStatus.OK, run("--train", train.toString(), "--test", test.toString(), "--implicit", "--rank", "4",
                "--iterations", "2", "--solver", "cholesky", "--confidence", "bm25", "--bm25-k1", "1.2", "--bm25-b", "0.5",
                "--alpha", "0.1"), err.toString());
        String json = out.toString(StandardCharsets.UTF_8);
        for (String key : List.of("\"solver\": \"cholesky\"", "\"confidence\": \"bm25\"", "\"bm25_k1\": 1.2",
                "\"bm25_b\": 0.5")) {
            assertTrue(json.contains(key), key + " missing from " + json);
        }
        assertTrue(!json.contains("cg_steps"), json);
        out.reset();
        assertEquals(ExitStatus.OK, run("--train", train.toString(), "--test", test.toString(), "--implicit", "--rank", "4",
                "--iterations", "2", "--cg-steps", "7"), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"cg_steps\": 7"), out.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--implicit",
                "--solver", "lu"));
        assertTrue(err.toString().contains("solver must be cg or cholesky"), err.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--solver", "cg"));
        assertTrue(err.toString().contains("implicit feedback only"), err.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--implicit",
                "--cg-steps", "0"));
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--implicit",
                "--bm25-b", "2"));
    }

    @Test
    void explicitRunReportsRmseAndExitsOneWhenLinesWereSkipped() throws IOException {
        Path train = Files.writeString(dir.resolve("tr"), "1\t1\t5\n1\t2\t3\n2\t1\t4\n2\t2\tbad\n2\t3\t1\n");
        Path test = Files.writeString(dir.resolve("te"), "1\t3\t2\n2\t2\t3\n3\t1\t4\n");
        int status = run("--train", train.toString(), "--test", test.toString(), "--rank", "2");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, status, err.toString());
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"rmse\": "), json);
        assertTrue(json.contains("\"rmse_pairs\": 2"), json); // user 3 is unknown to training
        assertTrue(err.toString().contains("tr:4: value 'bad' is not a number"), err.toString());
    }

    @Test
    void aSkippedLineInTheTestFileAloneAlsoExitsOne() throws IOException {
        Path train = counts("train.tsv", 1, 6);
        Path test = Files.writeString(dir.resolve("te"), "u0\ta1\t3\nu1\ta2\n\nu2\ta3\t2\t-\nu3\ta4\t1\n");
        int status = run("--train", train.toString(), "--test", test.toString(), "--implicit", "--rank", "2",
                "--iterations", "1");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, status, err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"test_rows\": 2"), out.toString());
        assertTrue(err.toString().contains("te:2: expected 3 or 4 tab-separated fields"), err.toString());
        assertTrue(err.toString().contains("te:4: timestamp '-' is not an integer"), err.toString());
    }

    @Test
    void skippedLinesBeyondThoseQuotedAreCountedAndStillExitOne() throws IOException {
        int bad = InteractionFile.MAX_KEPT_PROBLEMS + 7;
        StringBuilder b = new StringBuilder(Files.readString(counts("train.tsv", 1, 6)));
        for (int i = 0; i < bad; i++) {
            b.append("u1\ta2\tNaN\n");
        }
        Path train = Files.writeString(dir.resolve("train-bad.tsv"), b);
        Path test = counts("test.tsv", 2, 2);
        int status = run("--train", train.toString(), "--test", test.toString(), "--implicit", "--rank", "2",
                "--iterations", "1");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, status, err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"train_rows\": 240"), out.toString());
        assertEquals(InteractionFile.MAX_KEPT_PROBLEMS, err.toString().lines().filter(l -> l.startsWith("evaluate: skipped ")).count());
        assertTrue(err.toString().contains("... and 7 more skipped lines in " + train), err.toString());
    }

    @Test
    void badUsageExitsTwoWithAMessage() {
        assertEquals(ExitStatus.BAD_INPUT, run("--train", "x"));
        assertTrue(err.toString().contains("--test FILE is required"), err.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--train", "x", "--test", "y", "--rank", "zero"));
        assertEquals(ExitStatus.BAD_INPUT, run("--bogus"));
        assertEquals(ExitStatus.BAD_INPUT, run("--train", dir.resolve("none").toString(), "--test", "y"));
        assertTrue(err.toString().contains("no such file"), err.toString());
        assertEquals(ExitStatus.OK, run("--help"));
        assertTrue(out.toString().startsWith("usage: ./musicrec evaluate"));
    }

    @Test
    void biasesAreAnExplicitLocalFlag() throws IOException {
        Path train = Files.writeString(dir.resolve("tr"), "1\t1\t5\n1\t2\t3\n2\t1\t4\n2\t3\t1\n3\t2\t2\n");
        Path test = Files.writeString(dir.resolve("te"), "1\t3\t2\n2\t2\t3\n");
        assertEquals(ExitStatus.OK, run("--train", train.toString(), "--test", test.toString(), "--rank", "4", "--biases"),
                err.toString());
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"biases\": true") && json.contains("\"rank\": 4"), json);
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--implicit", "--biases"));
        assertTrue(err.toString().contains("biases are for explicit ratings only"), err.toString());
        assertEquals(ExitStatus.BAD_INPUT, run("--train", train.toString(), "--test", test.toString(), "--biases",
                "--engine", "spark"));
        assertTrue(err.toString().contains("--biases is for --engine local only"), err.toString());
    }
}

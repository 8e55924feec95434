package org.musicrec.tools.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.tools.cli.ExitStatus;

class SplitCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SplitCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void splitsIntoTwoFilesThatTogetherHoldEveryRowAndRepeatForTheSameSeed() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 10; i++) {
                b.append(u).append('\t').append(i).append('\t').append(1 + (u * i) % 5).append('\t').append(1000 + i).append('\n');
            }
        }
        Path in = Files.writeString(dir.resolve("in.tsv"), b);
        for (String mode : new String[] {"explicit", "implicit"}) {
            List<String> first = new ArrayList<>();
            for (int attempt = 0; attempt < 2; attempt++) {
                Path train = dir.resolve(mode + attempt + ".train");
                Path test = dir.resolve(mode + attempt + ".test");
                List<String> args = new ArrayList<>(List.of("--input", in.toString(), "--train-out", train.toString(),
                        "--test-out", test.toString(), "--seed", "5"));
                if (mode.equals("implicit")) {
                    args.add("--implicit");
                }
                assertEquals(ExitStatus.OK, run(args.toArray(String[]::new)));
                List<String> trainLines = Files.readAllLines(train);
                List<String> testLines = Files.readAllLines(test);
                assertEquals(80, trainLines.size()); // explicit 20% of 100; implicit 2 of each user's 10
                assertEquals(20, testLines.size());
                List<String> all = new ArrayList<>(trainLines);
                all.addAll(testLines);
                List<String> expected = new ArrayList<>(b.toString().lines().toList());
                Collections.sort(all);
                Collections.sort(expected);
                assertEquals(expected, all);
                if (attempt == 0) {
                    first = testLines;
                } else {
                    assertEquals(first, testLines);
                }
            }
        }
    }

    @Test
    void skippedLinesStillGiveBothFilesButExitOne() throws IOException {
        StringBuilder b = new StringBuilder("userID\tartistID\tweight\n");
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 5; i++) {
                b.append(u).append('\t').append(i).append('\t').append(1 + i).append('\n');
            }
        }
        b.append("3\t9\tmany\n").append("4\n");
        Path in = Files.writeString(dir.resolve("in.tsv"), b);
        Path train = dir.resolve("a");
        Path test = dir.resolve("b");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run("--input", in.toString(), "--train-out", train.toString(),
                "--test-out", test.toString(), "--implicit"));
        assertEquals(40, Files.readAllLines(train).size()); // 4 of each user's 5 rows
        assertEquals(10, Files.readAllLines(test).size());
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"input_rows\": 50") && json.contains("\"skipped_lines\": 2"), json);
        assertTrue(err.toString().contains("in.tsv:52: value 'many' is not a number"), err.toString());
        assertTrue(err.toString().contains("in.tsv:53: expected 3 or 4 tab-separated fields"), err.toString());
    }

    @Test
    void skippedLinesBeyondThoseQuotedAreCounted() throws IOException {
        StringBuilder b = new StringBuilder("1\t1\t1\n");
        for (int i = 0; i < InteractionFile.MAX_KEPT_PROBLEMS + 3; i++) {
            b.append("1\t2\n");
        }
        Path in = Files.writeString(dir.resolve("in.tsv"), b);
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run("--input", in.toString(), "--train-out",
                dir.resolve("a").toString(), "--test-out", dir.resolve("b").toString()));
        assertTrue(err.toString().contains("split: ... and 3 more skipped lines"), err.toString());
    }

    @Test
    void anEmptyInputIsUnusable() throws IOException {
        Path in = Files.writeString(dir.resolve("empty.tsv"), "userID\tartistID\tweight\n");
        assertEquals(ExitStatus.BAD_INPUT, run("--input", in.toString(), "--train-out", dir.resolve("a").toString(),
                "--test-out", dir.resolve("b").toString()));
        assertTrue(Files.notExists(dir.resolve("a")));
    }
}

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
import org.musicrec.tools.cli.ExitStatus;

class SplitCommandTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return SplitCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
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
    void anEmptyInputIsUnusable() throws IOException {
        Path in = Files.writeString(dir.resolve("empty.tsv"), "userID\tartistID\tweight\n");
        assertEquals(ExitStatus.BAD_INPUT, run("--input", in.toString(), "--train-out", dir.resolve("a").toString(),
                "--test-out", dir.resolve("b").toString()));
        assertTrue(Files.notExists(dir.resolve("a")));
    }
}

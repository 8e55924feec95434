package org.musicrec.tools.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.sampling.ZipFixtures;

class SampleCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return SampleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path archive() throws Exception {
        ZipFixtures z = new ZipFixtures();
        for (int i = 0; i < 10; i++) {
            z.add(String.format("000/%06d.mp3", i + 2), ZipFixtures.noise(i, 1024));
        }
        return z.add("readme.txt", new byte[10]).write(dir.resolve("a.zip"));
    }

    @Test
    void helpGoesToStdoutWithExitZero() {
        assertEquals(ExitStatus.OK, run("--help"));
        assertTrue(stdout().startsWith("usage: ./musicrec sample"));
    }

    @Test
    void badUsageIsExitTwo() throws Exception {
        Path a = archive();
        assertEquals(ExitStatus.BAD_INPUT, run(a.toString()));
        assertEquals(ExitStatus.BAD_INPUT, run(a.toString(), dir.resolve("t").toString(), "--max-bytes", "3X"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a size: '3X'"));
        assertEquals(ExitStatus.BAD_INPUT, run(a.toString(), dir.resolve("t").toString(), "--strategy", "best"));
        assertEquals(ExitStatus.BAD_INPUT, run(a.toString(), dir.resolve("t").toString(), "--bogus"));
        Path notZip = Files.writeString(dir.resolve("x.zip"), "hello");
        assertEquals(ExitStatus.BAD_INPUT, run(notZip.toString(), dir.resolve("t").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a readable ZIP archive"));
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void extractsWithinBothLimitsAndRerunKeeps() throws Exception {
        Path a = archive();
        String target = dir.resolve("t").toString();
        assertEquals(ExitStatus.OK, run(a.toString(), target, "--max-files", "5", "--max-bytes", "3K", "--strategy", "random", "--seed", "9"));
        assertEquals(3, stdout().lines().filter(l -> l.startsWith("extracted\t")).count(), stdout()); // 3 x 1 KiB fit in 3K
        String first = stdout();
        assertEquals(ExitStatus.OK, run(a.toString(), target, "--max-files", "5", "--max-bytes", "3K", "--strategy", "random", "--seed", "9"));
        assertEquals(3, stdout().lines().filter(l -> l.startsWith("kept\t")).count(), stdout());
        assertEquals(first.lines().filter(l -> l.startsWith("extracted")).map(l -> l.substring(9)).toList(),
                stdout().lines().filter(l -> l.startsWith("kept")).map(l -> l.substring(4)).toList());
    }

    @Test
    void refusedEntriesGiveExitOneAndAreListed() throws Exception {
        Path a = new ZipFixtures().add("../up.mp3", new byte[5]).add("ok.mp3", ZipFixtures.noise(1, 10)).write(dir.resolve("e.zip"));
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run(a.toString(), dir.resolve("t").toString()));
        assertTrue(stdout().contains("refused\t../up.mp3: parent-folder step"), stdout());
        assertTrue(stdout().contains("extracted\tok.mp3\t10\tok.mp3"), stdout());
    }
}

package org.musicrec.tools.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.ExitStatus;

/** The replay command without a broker: help, usage errors, and dry runs with their counts and exit statuses. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return ReplayCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(ExitStatus.OK, run("--help"));
        assertTrue(out().startsWith("usage: ./musicrec replay"));
    }

    @Test
    void badUsageIsExitTwo() throws IOException {
        assertEquals(ExitStatus.BAD_INPUT, run());
        assertEquals(ExitStatus.BAD_INPUT, run(dir.resolve("absent.dat").toString()));
        Path f = Files.writeString(dir.resolve("history.txt"), "x");
        assertEquals(ExitStatus.BAD_INPUT, run(f.toString()));
        assertTrue(err().contains("--format"), err());
        assertEquals(ExitStatus.BAD_INPUT, run(f.toString(), "--format", "json"));
        assertEquals(ExitStatus.BAD_INPUT, run(f.toString(), "--bogus"));
    }

    @Test
    void dryRunCountsAndExitStatuses() throws IOException {
        Path ok = Files.writeString(dir.resolve("user_artists.dat"), "userID\tartistID\tweight\n2\t51\t10\n3\t51\t5\n");
        assertEquals(ExitStatus.OK, run(ok.toString(), "--dry-run"));
        assertTrue(out().contains("format: hetrec"), out());
        assertTrue(out().contains("events: 2\n"), out());
        assertTrue(out().contains("count-sum: 15\n"), out());
        assertTrue(out().contains("sent: 0 (dry run)"), out());

        Path someBad = Files.writeString(dir.resolve("u.data"), "1 2 3 881250949\n1 2 9 881250949\n");
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, run(someBad.toString(), "--dry-run"));
        assertTrue(err().contains("u.data line 2: rating"), err());

        Path allBad = Files.writeString(dir.resolve("v.data"), "nonsense\n");
        assertEquals(ExitStatus.BAD_INPUT, run(allBad.toString(), "--dry-run"));
        Path badHeader = Files.writeString(dir.resolve("h.csv"), "who,what\n");
        assertEquals(ExitStatus.BAD_INPUT, run(badHeader.toString(), "--dry-run"));
    }
}

package org.musicrec.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.ExitStatus;

class GenerateDemoCommandTest {

    @Test
    void writesThePartsOnceAndKeepsThem(@TempDir Path dir) throws Exception {
        String[] args = {dir.toString(), "--tracks", "200", "--clips", "10", "--clip-seconds", "1", "--users", "20", "--seed", "3"};
        assertEquals(ExitStatus.OK, GenerateDemoCommand.run(args));
        Path tracks = dir.resolve("fma_metadata/tracks.csv");
        Path audio = dir.resolve(DemoDataGenerator.AUDIO);
        Path history = dir.resolve(DemoDataGenerator.HISTORY);
        assertTrue(Files.exists(tracks) && Files.exists(audio) && Files.exists(history));
        long modified = Files.getLastModifiedTime(audio).toMillis();
        byte[] historyBytes = Files.readAllBytes(history);
        assertEquals(ExitStatus.OK, GenerateDemoCommand.run(args));
        assertEquals(modified, Files.getLastModifiedTime(audio).toMillis(), "kept, not written again");
        // Other settings replace the parts of the earlier data set.
        args[args.length - 1] = "4";
        assertEquals(ExitStatus.OK, GenerateDemoCommand.run(args));
        assertTrue(!java.util.Arrays.equals(historyBytes, Files.readAllBytes(history)));
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    @Test
    void badUsageIsExitStatusTwo(@TempDir Path dir) {
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {dir.toString(), "--tracks", "ten"}));
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {dir.toString(), "--clip-seconds", "100"}));
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {dir.toString(), "--users", "-1"}));
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {dir.toString(), "--bogus", "1"}));
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {}));
        assertEquals(ExitStatus.BAD_INPUT, GenerateDemoCommand.run(new String[] {dir.toString(), "--metadata", dir.resolve("none").toString()}));
    }
}

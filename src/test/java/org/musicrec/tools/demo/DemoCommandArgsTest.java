package org.musicrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.UsageException;

/** The demo's input options: real files must exist, the sampling budget needs an archive. */
class DemoCommandArgsTest {

    private static final Set<String> VALUED = Set.of("metadata", "audio", "max-files", "max-bytes", "history", "tracks", "clips",
            "users", "seed");

    private static CommandArgs args(String... a) {
        return new CommandArgs(a, VALUED, Set.of());
    }

    @Test
    void realFiles(@TempDir Path dir) throws Exception {
        Path zip = Files.createFile(dir.resolve("fma_small.zip"));
        DemoPipeline.Inputs in = DemoCommand.inputs(args("--audio", zip.toString(), "--max-files", "40", "--max-bytes", "20M"));
        assertEquals(zip.toAbsolutePath(), in.audio());
        assertEquals(40, in.maxFiles());
        assertEquals("20M", in.maxBytes());
        assertNull(in.metadata());
        assertNull(DemoCommand.inputs(args()).audio());
    }

    @Test
    void refusals(@TempDir Path dir) throws Exception {
        assertThrows(UsageException.class, () -> DemoCommand.inputs(args("--history", dir.resolve("absent.csv").toString())));
        assertThrows(UsageException.class, () -> DemoCommand.inputs(args("--max-files", "10")));
        Path zip = Files.createFile(dir.resolve("a.zip"));
        assertThrows(UsageException.class, () -> DemoCommand.inputs(args("--audio", zip.toString(), "--max-files", "0")));
        assertThrows(IllegalArgumentException.class, () -> DemoCommand.inputs(args("--audio", zip.toString(), "--max-bytes", "lots")));
        assertThrows(UsageException.class, () -> DemoCommand.dataSettings(args("--seed", "x")));
        assertThrows(IllegalArgumentException.class, () -> DemoCommand.dataSettings(args("--tracks", "5")));
        assertEquals(800, DemoCommand.dataSettings(args()).clips());
    }
}

package org.musicrec.tools.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.generate.FmaMetadataGeneratorCommand;

class CatalogCommandsTest {
    private String out;
    private String err;

    private int capture(IntSupplier command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return command.getAsInt();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    private int importCmd(String... args) {
        return capture(() -> CatalogImportCommand.run(args));
    }

    private int generate(String... args) {
        return capture(() -> FmaMetadataGeneratorCommand.run(args));
    }

    @Test
    void helpAndBadUsage(@TempDir Path empty) {
        assertEquals(ExitStatus.OK, importCmd("--help"));
        assertTrue(out.startsWith("usage: ./musicrec import"));
        assertEquals(ExitStatus.OK, generate("--help"));
        assertTrue(out.startsWith("usage: ./musicrec generate-metadata"));
        assertEquals(ExitStatus.BAD_INPUT, importCmd());
        assertEquals(ExitStatus.BAD_INPUT, importCmd(empty.toString(), "--bogus"));
        assertTrue(err.contains("unknown option --bogus"), err);
        assertEquals(ExitStatus.BAD_INPUT, importCmd(empty.resolve("missing.zip").toString()));
        assertEquals(ExitStatus.BAD_INPUT, importCmd(empty.toString(), "--dry-run"));
        assertTrue(err.contains("no FMA metadata file"), err);
        assertEquals(ExitStatus.BAD_INPUT, importCmd(empty.toString(), "--batch-size", "0"));
        assertEquals(ExitStatus.BAD_INPUT, importCmd(empty.toString(), "--files", "nope.csv"));
        assertEquals(ExitStatus.BAD_INPUT, generate(empty.toString(), "--tracks", "ten"));
    }

    @Test
    void dryRunValidatesAndReportsSkippedRowsWithExitOne(@TempDir Path dir) {
        assertEquals(ExitStatus.OK, generate(dir.toString(), "--tracks", "250", "--malformed", "3", "--seed", "5"));
        assertEquals(ExitStatus.FINISHED_WITH_PROBLEMS, importCmd(dir.toString(), "--dry-run"));
        assertTrue(out.matches("(?s).*tracks\\s+247 valid \\(dry run, nothing stored\\), 3 skipped.*"), out);
        assertTrue(out.matches("(?s).*genres\\s+163 valid.*"), out);
        assertTrue(out.matches("(?s).*\n  tracks\\.csv:\\d+: track\\.\\w+: .*"), "file:line: reason in " + out);
    }

    @Test
    void zipImportIntoMongoThenAgainWithoutDuplicates(@TempDir Path dir) throws Exception {
        assertEquals(ExitStatus.OK, generate(dir.toString(), "--tracks", "150", "--zip"));
        Path zip = dir.resolve("fma_metadata.zip");
        assertTrue(Files.isRegularFile(zip));
        assertEquals(1, Files.list(dir).count(), "only the ZIP is left");
        MongoServer server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            for (int run = 0; run < 2; run++) {
                assertEquals(ExitStatus.OK, importCmd(zip.toString(), "--mongo", uri, "--database", "cat", "--batch-size", "50"), err);
                assertTrue(out.matches("(?s).*tracks\\s+150 loaded, 0 skipped.*"), out);
            }
            assertEquals(150, client.getDatabase("cat").getCollection("tracks").countDocuments());
            assertEquals(163, client.getDatabase("cat").getCollection("genres").countDocuments());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aSourceWhereNothingCanBeReadIsUnusable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("genres.csv"), "not,an,fma,file\n1,2,3,4\n");
        assertEquals(ExitStatus.BAD_INPUT, importCmd(dir.toString(), "--dry-run"));
        assertTrue(out.contains("genres.csv:1: missing column genre_id"), out);
    }

    @Test
    void unreachableMongoIsUnusableInput(@TempDir Path dir) {
        generate(dir.toString(), "--tracks", "40");
        assertEquals(ExitStatus.BAD_INPUT, importCmd(dir.toString(), "--mongo",
                "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500&connectTimeoutMS=500"));
        assertTrue(err.contains("MongoDB"), err);
    }
}

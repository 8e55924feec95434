package org.musicrec.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code musicrec} launcher's own bad-usage answers: exit status 2 and a message, given before
 * anything is built. The script runs from a copy in an empty folder, where it finds nothing built, and
 * Maven and Java are stubs that leave a mark: a command that went on to build would start the Maven
 * stub, so a test also proves that neither was started.
 */
class LauncherScriptTest {
    @TempDir
    Path dir;

    private Path script;
    private Path marks;

    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void stubs() throws IOException {
        Files.createDirectories(dir.resolve("project"));
        script = Files.copy(Path.of("musicrec"), dir.resolve("project/musicrec"));
        marks = dir.resolve("started");
        for (String tool : List.of("mvn", "java")) {
            Path stub = Files.writeString(dir.resolve(tool),
                    "#!/usr/bin/env bash\necho \"" + tool + " $*\" >> '" + marks + "'\nexit 97\n");
            assertTrue(stub.toFile().setExecutable(true));
        }
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        pb.environment().put("MVN", dir.resolve("mvn").toString());
        pb.environment().put("JAVA", dir.resolve("java").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        Result r = new Result(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(marks), () -> "started " + read(marks) + " for " + List.of(args));
        assertFalse(r.err().contains("building"), r.err());
        return r;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void anUnknownCommandExitsTwoWithTheUsage() throws Exception {
        Result r = run("frobnicate", "--help");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("musicrec: unknown command 'frobnicate'\n"), r.err());
        assertTrue(r.err().contains("usage: ./musicrec <command> [options]"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void benchWithoutASuiteExitsTwoListingTheSuites() throws Exception {
        Result r = run("bench");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.out().startsWith("usage: ./musicrec bench <suite>..."), r.out());
        assertTrue(r.out().contains("catalog sampling features events als engines serving platform nodes"), r.out());
    }

    @Test
    void benchWithAnUnknownSuiteExitsTwoNamingIt() throws Exception {
        Result r = run("bench", "nosuch", "catalog");
        assertEquals(2, r.status(), r.err());
        assertEquals("musicrec: unknown bench suite 'nosuch'\n", r.err());
    }

    @Test
    void theStubsWouldHaveBeenSeen() throws Exception {
        // The check above is only worth something if a command that builds does reach the Maven stub.
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "build").redirectErrorStream(true)
                .redirectOutput(dir.resolve("out").toFile());
        pb.environment().put("MVN", dir.resolve("mvn").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(97, p.exitValue());
        assertEquals("mvn -B -q -DskipTests package\n", read(marks));
    }
}

package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.musicrec.platform.DataDir;

/**
 * Runs {@link DecoderFuzz} in a JVM of its own with a small heap, so that a decoder allocating by what
 * a header claims runs out of memory instead of quietly succeeding on the test JVM's large heap. The
 * seed, case count and a single case to replay can be set with {@code -Dmusicrec.fuzz.seed},
 * {@code -Dmusicrec.fuzz.cases} and {@code -Dmusicrec.fuzz.case=FORMAT:n}. Without the shared clips it
 * is skipped, except under {@code CI=true}, where it fails (see {@link DataDir}).
 */
class DecoderFuzzTest {
    private static final long SEED = 18;
    private static final int CASES_PER_FORMAT = 3000;
    private static final String HEAP = "-Xmx64m";
    /** For the whole run, JVM start included; each case has its own, much smaller, bound. */
    private static final long WALL_BOUND_SECONDS = 240;

    @Test
    void everyMutantDecodesOrIsRefusedWithAReasonInBoundedTimeAndMemory() throws Exception {
        DataDir.require("audio-real");
        DataDir.require("audio-bad");
        Path data = DataDir.root();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), DecoderFuzz.class.getName(), data.toString(),
                String.valueOf(Long.getLong("musicrec.fuzz.seed", SEED)),
                String.valueOf(Integer.getInteger("musicrec.fuzz.cases", CASES_PER_FORMAT)),
                Path.of("target", "decoder-fuzz").toAbsolutePath().toString()));
        String only = System.getProperty("musicrec.fuzz.case", "");
        if (!only.isBlank()) {
            command.add(only);
        }
        Process fuzz = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread echo = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fuzz.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    System.out.println(line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (java.io.IOException e) {
                // the process is gone; what was read is reported below
            }
        });
        echo.start();
        boolean ended = fuzz.waitFor(WALL_BOUND_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            fuzz.destroyForcibly();
        }
        echo.join(5000);
        String log;
        synchronized (output) {
            log = output.toString();
        }
        assertTrue(ended, "decoder fuzz still running after " + WALL_BOUND_SECONDS + " s:\n" + log);
        assertEquals(0, fuzz.exitValue(), log);
    }
}

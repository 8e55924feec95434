package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real process death half-way (child JVM halted), then a rerun: nothing re-extracted, nothing partial, no duplicates. */
class ProcessKillResumeTest {
    static final SamplingOptions OPTIONS = new SamplingOptions(30, Long.MAX_VALUE, SamplingStrategy.RANDOM, 5,
            Set.of("mp3"), false, 100);

    @TempDir
    Path dir;

    @Test
    void resumesAfterTheProcessDied() throws Exception {
        ZipFixtures z = new ZipFixtures();
        for (int i = 0; i < 60; i++) {
            z.add(String.format("%03d/%06d.mp3", i / 10, i), ZipFixtures.noise(i, 3000 + i));
        }
        Path archive = z.write(dir.resolve("a.zip"));
        Path target = dir.resolve("sample");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), HaltingSampler.class.getName(),
                archive.toString(), target.toString(), "12").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertEquals(true, child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), output);
        assertEquals(13, AudioSamplerTest.manifestLines(target).size()); // header + 12 rows survived the death

        try (AudioSampler s = AudioSampler.open(archive, target, OPTIONS, Map.of())) {
            SamplingReport r = s.run();
            assertEquals(12, r.count(ExtractionOutcome.Kind.KEPT));
            assertEquals(18, r.count(ExtractionOutcome.Kind.EXTRACTED));
        }
        List<String> rows = AudioSamplerTest.manifestLines(target);
        assertEquals(31, rows.size());
        assertEquals(30, rows.stream().skip(1).distinct().count());
        assertFalse(Files.exists(target.resolve(AudioSampler.TMP_DIR)), "the half-written temporary file was not swept");
        assertEquals(32, AudioSamplerTest.filesUnder(target).size()); // 30 files, manifest, plan marker
    }
}

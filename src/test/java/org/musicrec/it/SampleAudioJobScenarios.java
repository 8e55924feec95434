package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The sample-audio job run in the server through the admin API: a plan with a limit, an unsafe
 * entry recorded as a problem, a stop and a restart from the checkpoint with every file exactly
 * once. Called from the Arquillian class, which owns the one server of the run.
 */
final class SampleAudioJobScenarios {

    private final AdminJobs jobs;

    SampleAudioJobScenarios(Http admin) {
        this.jobs = new AdminJobs(admin);
    }

    /** A ZIP of {@code n} small fake clips named as FMA names them, plus one entry that tries to escape. */
    static Path archive(Path dir, int n, int bytesEach) throws IOException {
        Files.createDirectories(dir);
        Path zip = dir.resolve("audio-" + n + ".zip");
        Random random = new Random(n);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 1; i <= n; i++) {
                z.putNextEntry(new ZipEntry(String.format("%03d/%06d.mp3", i / 1000, i)));
                byte[] data = new byte[bytesEach];
                random.nextBytes(data); // incompressible, like real MP3 data
                z.write(data);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("../escape.mp3"));
            z.write(new byte[] {1, 2, 3});
            z.closeEntry();
        }
        return zip;
    }

    void extractsTheLimitAndRecordsTheUnsafeEntry(Path work) throws IOException {
        Path zip = archive(work, 30, 2048);
        Path target = work.resolve("sample-limit");
        long id = jobs.launch("sample-audio", "{\"archive\":\"" + zip + "\",\"target\":\"" + target + "\",\"maxFiles\":20,"
                + "\"strategy\":\"random\",\"seed\":7}");
        JsonObject end = jobs.awaitEnd(id);
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertEquals("extracted 20, kept 0, refused 0", end.getString("exitStatus"));
        JsonObject step = end.getJsonArray("steps").getJsonObject(0);
        assertEquals(20, step.getInt("expected"));
        assertEquals(20, mp3s(target).size());
        assertEquals(21, Files.readAllLines(target.resolve("manifest.csv")).size(), "header + 20 lines");
        assertTrue(Files.notExists(work.resolve("escape.mp3")));
        String problems = jobs.problems(id);
        assertTrue(problems.contains("../escape.mp3"), problems);
    }

    void stoppedJobRestartsFromItsCheckpointWithEveryFileOnce(Path work) throws IOException {
        int n = 5000; // enough work (about 80 MB) that the stop lands before the end
        Path zip = archive(work, n, 16 * 1024);
        Path target = work.resolve("sample-restart");
        long first = jobs.launch("sample-audio", "{\"archive\":\"" + zip + "\",\"target\":\"" + target + "\",\"maxFiles\":" + n + "}")
;
        Poll.until(Duration.ofMinutes(2), () -> mp3s(target).size(), count -> count >= 30, "some files extracted");
        jobs.stop(first);
        JsonObject stopped = jobs.awaitEnd(first);
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        int before = mp3s(target).size();
        assertTrue(before < n, "stopped before the end: " + before);

        JsonObject end = jobs.awaitEnd(jobs.restart(first));
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertEquals(n, mp3s(target).size());
        List<String> manifest = Files.readAllLines(target.resolve("manifest.csv"));
        assertEquals(n + 1, manifest.size(), "header + one line per file, no duplicate");
        assertEquals(n, manifest.stream().skip(1).map(l -> l.split(",")[0]).distinct().count());
    }

    static List<Path> mp3s(Path target) {
        if (!Files.exists(target)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(target)) {
            return s.filter(p -> p.toString().endsWith(".mp3") && !p.toString().contains(".sampling-tmp")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package org.musicrec.platform.devservices;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.musicrec.catalog.fma.FmaMetadataGenerator;
import org.musicrec.platform.cli.ProgressLine;

/**
 * The demo's pipeline, run as batch jobs through the admin API: a generated FMA catalogue
 * (seeded) imported with catalog-import; then, when the shared real clips are there, an FMA-style
 * audio ZIP of them sampled with sample-audio, their features extracted and the PCA fitted. Each
 * stage leaves a marker under the demo folder, so a second start does not redo finished work.
 * A progress line per stage; a summary with counts, problems and timings at the end.
 */
final class DemoPipeline {

    static final int DEMO_TRACKS = 5_000;
    static final long DEMO_SEED = 2026;

    private final AdminClient admin;
    private final Path dir;
    private final Path sharedData;
    private final List<String> summary = new ArrayList<>();

    DemoPipeline(AdminClient admin, Path dir, Path sharedData) {
        this.admin = admin;
        this.dir = dir;
        this.sharedData = sharedData;
    }

    List<String> run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path metadata = dir.resolve("fma_metadata");
        if (!Files.exists(metadata.resolve("tracks.csv"))) {
            new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(DEMO_TRACKS, DEMO_SEED).withMalformedTracks(3)).write(metadata);
        }
        stage("catalog-import", Json.createObjectBuilder().add("source", metadata.toString()).build());

        Path clips = sharedData.resolve("audio-real");
        if (!Files.isDirectory(clips)) {
            summary.add("audio stages skipped: " + clips + " is absent (set musicrec.data.dir)");
            return summary;
        }
        Path zip = dir.resolve("fma_demo_audio.zip");
        if (!Files.exists(zip)) {
            zipClips(clips, zip);
        }
        Path audio = dir.resolve("audio");
        stage("sample-audio", Json.createObjectBuilder().add("archive", zip.toString()).add("target", audio.toString())
                .add("maxFiles", 40).add("strategy", "random").add("seed", DEMO_SEED).build());
        stage("extract-features", Json.createObjectBuilder().add("audioDir", audio.toString()).build());
        stage("fit-pca", Json.createObjectBuilder().build());
        return summary;
    }

    private void stage(String job, JsonObject parameters) throws IOException, InterruptedException {
        Path marker = dir.resolve(".done-" + job);
        if (Files.exists(marker)) {
            summary.add(String.format(Locale.ROOT, "%-17s done in an earlier run: %s", job, Files.readString(marker).trim()));
            return;
        }
        long t0 = System.nanoTime();
        long id = admin.launch(job, parameters);
        JsonObject e = follow(job, id);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String status = e.getString("status");
        String line = String.format(Locale.ROOT, "%-17s %s in %.1f s: %s; %d problem(s)", job, status, seconds,
                e.getString("exitStatus"), admin.problems(id).getJsonArray("problems").size());
        summary.add(line);
        if (!"COMPLETED".equals(status)) {
            throw new IOException(line + " (see GET /api/admin/jobs/executions/" + id + ")");
        }
        Files.writeString(marker, e.getString("exitStatus") + "\n");
    }

    private JsonObject follow(String job, long id) throws IOException, InterruptedException {
        ProgressLine progress = null;
        long shown = 0;
        while (true) {
            JsonObject e = admin.execution(id);
            long done = 0;
            long expected = 0;
            for (var v : e.getJsonArray("steps")) {
                JsonObject s = v.asJsonObject();
                done += s.containsKey("read_count") ? s.getJsonNumber("read_count").longValue() : 0;
                expected += s.containsKey("expected") ? s.getJsonNumber("expected").longValue() : 0;
            }
            if (progress == null) {
                progress = new ProgressLine(job, expected > 0 ? expected : -1);
            }
            progress.advance(Math.max(0, done - shown));
            shown = Math.max(shown, done);
            String status = e.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                progress.finish();
                return e;
            }
            Thread.sleep(500);
        }
    }

    /** The clips as FMA names them in its audio ZIPs: {@code 100/100001.mp3}. */
    private static void zipClips(Path clips, Path zip) throws IOException {
        Path tmp = zip.resolveSibling(zip.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(clips)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".mp3")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".mp3", "");
                String padded = String.format("%06d", Long.parseLong(id));
                z.putNextEntry(new ZipEntry(padded.substring(0, 3) + "/" + padded + ".mp3"));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.musicrec.tools.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.musicrec.admin.BatchJobs;
import org.musicrec.tools.generate.DemoDataGenerator;
import org.musicrec.tools.cli.ProgressLine;

/**
 * The demo's pipeline, run as batch jobs through the admin API: the demo data generated (once),
 * then catalog-import, sample-audio, extract-features, fit-pca, replay-history and train-als. Real
 * files ({@link Inputs}) replace the generated parts they stand for.
 *
 * <p>Each stage has a key, a digest of its job parameters and of the keys of the stages it reads
 * from. A finished stage leaves {@code .done-<job>} with its key; a stage whose key matches is not
 * run again. A launched stage leaves {@code .running-<job>} with its key and execution id, so after
 * a Ctrl-C the next start restarts that execution from its last checkpoint instead of from zero.
 */
final class DemoPipeline {

    /**
     * What to run on: null fields mean the generated part. {@code maxFiles} and {@code maxBytes}
     * bound the sampling of a real audio ZIP.
     */
    record Inputs(Path metadata, Path audio, Integer maxFiles, String maxBytes, Path history) {
        static Inputs generated() {
            return new Inputs(null, null, null, null, null);
        }
    }

    /** How one stage went, for the summary. */
    record StageResult(String job, String status, double seconds, String exitStatus, List<String> problems,
                       int problemCount, boolean earlier) {
    }

    static final int REAL_AUDIO_DEFAULT_FILES = 500;
    /** The key of the input data: the generator's settings and each input file's size and time. */
    private static final String DATA = "demo data";
    private static final int PROBLEMS_SHOWN = 5;

    private final AdminClient admin;
    private final Path dir;
    private final Inputs inputs;
    private final DemoDataGenerator.Settings data;
    private final JobFollower follower;
    private final List<String> notes = new ArrayList<>();
    private final List<StageResult> stages = new ArrayList<>();
    private final Map<String, String> keys = new LinkedHashMap<>();

    DemoPipeline(AdminClient admin, Path dir, Inputs inputs, DemoDataGenerator.Settings data) {
        this.admin = admin;
        this.dir = dir;
        this.inputs = inputs;
        this.data = data;
        this.follower = new JobFollower(admin);
    }

    List<String> notes() {
        return notes;
    }

    List<StageResult> stages() {
        return stages;
    }

    /** Runs what is not done yet; stops at the first stage that does not complete. */
    void run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        System.err.println("musicrec demo: demo data under " + dir.resolve("data") + " ...");
        DemoDataGenerator.Result generated = new DemoDataGenerator(data)
                .generate(dir.resolve("data"), inputs.metadata(), inputs.audio() == null, inputs.history() == null);
        generated.report().forEach(l -> notes.add("demo data " + l));
        stages.add(new StageResult("demo data", "COMPLETED", seconds(t0), "see the 'demo data' lines below", List.of(), 0, false));

        Path metadata = generated.metadata();
        Path archive = inputs.audio() != null ? inputs.audio() : generated.audio();
        Path history = inputs.history() != null ? inputs.history() : generated.history();
        // The stages that read these files name them by path, and another seed or size regenerates
        // them under the same paths: so the data's identity is upstream of every stage.
        keys.put(DATA, digest(Files.readString(dir.resolve("data").resolve("settings.txt")) + "|" + identity(metadata.resolve("tracks.csv"))
                + "|" + identity(archive) + "|" + identity(history)));

        if (!stage(BatchJobs.CATALOG_IMPORT, params().add("source", metadata.toAbsolutePath().toString()), DATA)) {
            return;
        }
        if (archive != null) {
            JsonObjectBuilder sampling = params().add("archive", archive.toAbsolutePath().toString());
            if (inputs.audio() != null) {
                sampling.add("maxFiles", inputs.maxFiles() != null ? inputs.maxFiles() : REAL_AUDIO_DEFAULT_FILES)
                        .add("strategy", "random").add("seed", data.seed());
                if (inputs.maxBytes() != null) {
                    sampling.add("maxBytes", inputs.maxBytes());
                }
            } else {
                sampling.add("maxFiles", data.clips()).add("strategy", "first");
            }
            JsonObject p = sampling.build();
            // The target folder is named for the sampling, so another archive or budget never mixes with this one.
            Path audioDir = dir.resolve("audio-" + digest(p.toString()).substring(0, 12));
            if (!stage(BatchJobs.SAMPLE_AUDIO, Json.createObjectBuilder(p).add("target", audioDir.toString()), DATA)
                    || !stage(BatchJobs.EXTRACT_FEATURES, params().add("audioDir", audioDir.toString()), BatchJobs.SAMPLE_AUDIO)
                    || !stage(BatchJobs.FIT_PCA, params(), BatchJobs.EXTRACT_FEATURES)) {
                return;
            }
        } else {
            notes.add("audio stages skipped: no audio archive");
        }
        if (history == null) {
            notes.add("replay-history and train-als skipped: no listening history");
            return;
        }
        JsonObjectBuilder replay = params().add("file", history.toAbsolutePath().toString());
        if (inputs.history() == null) {
            replay.add("format", "csv");
        }
        if (!stage(BatchJobs.REPLAY_HISTORY, replay, DATA)) {
            return;
        }
        awaitInteractions();
        stage(BatchJobs.TRAIN_ALS, params().add("seed", data.seed()), BatchJobs.REPLAY_HISTORY);
    }

    private static JsonObjectBuilder params() {
        return Json.createObjectBuilder();
    }

    /** @return whether the pipeline can go on (the stage completed, now or earlier) */
    private boolean stage(String job, JsonObjectBuilder parameters, String... upstream) throws IOException, InterruptedException {
        JsonObject p = parameters.build();
        StringBuilder identity = new StringBuilder(job).append('|').append(p);
        for (String u : upstream) {
            identity.append('|').append(keys.getOrDefault(u, "?"));
        }
        String key = digest(identity.toString());
        keys.put(job, key);
        Path done = dir.resolve(".done-" + job);
        Path running = dir.resolve(".running-" + job);
        if (Files.exists(done)) {
            List<String> lines = Files.readAllLines(done);
            if (!lines.isEmpty() && lines.get(0).equals(key)) {
                stages.add(new StageResult(job, "COMPLETED", 0, lines.size() > 1 ? lines.get(1) : "", List.of(), 0, true));
                System.err.println("musicrec demo: " + job + " done in an earlier run, skipped");
                return true;
            }
        }
        long t0 = System.nanoTime();
        long id;
        try {
            id = resumeOrLaunch(job, p, key, running);
        } catch (AdminClient.ApiException e) {
            String why = e.status() == 404 ? "not available on this server (404 from POST /api/admin/jobs/" + job + ")" : e.getMessage();
            stages.add(new StageResult(job, "NOT RUN", seconds(t0), why, List.of(), 0, false));
            System.err.println("musicrec demo: " + job + ": " + why);
            return false;
        }
        JsonObject e = follower.follow(job, id);
        String status = e.getString("status");
        String exit = e.getString("exitStatus", "");
        List<String> shown = new ArrayList<>();
        int count = 0;
        for (JsonValue v : admin.problems(id).getJsonArray("problems")) {
            JsonObject pr = v.asJsonObject();
            if (count++ < PROBLEMS_SHOWN) {
                shown.add(describe(pr));
            }
        }
        stages.add(new StageResult(job, status, seconds(t0), exit, shown, count, false));
        if (!"COMPLETED".equals(status)) {
            notes.add(job + " ended " + status + "; see GET /api/admin/jobs/executions/" + id);
            return false;
        }
        Files.writeString(done, key + "\n" + exit + "\n");
        Files.deleteIfExists(running);
        return true;
    }

    /** Restarts the execution a stopped demo left behind (same key), else launches a new one. */
    private long resumeOrLaunch(String job, JsonObject p, String key, Path running) throws IOException, InterruptedException {
        if (Files.exists(running)) {
            List<String> lines = Files.readAllLines(running);
            if (lines.size() == 2 && lines.get(0).equals(key)) {
                long previous = Long.parseLong(lines.get(1));
                try {
                    String status = admin.execution(previous).getString("status");
                    if (status.equals("COMPLETED")) {
                        return previous;
                    }
                    long next = admin.restart(previous);
                    System.err.println("musicrec demo: " + job + " restarted from its checkpoint (execution " + previous + " -> " + next + ")");
                    Files.writeString(running, key + "\n" + next + "\n");
                    return next;
                } catch (AdminClient.ApiException e) {
                    System.err.println("musicrec demo: " + job + ": execution " + previous + " cannot be restarted ("
                            + e.status() + "); launching it again");
                }
            }
        }
        long id = admin.launch(job, p);
        Files.writeString(running, key + "\n" + id + "\n");
        return id;
    }

    /**
     * replay-history ends when the broker has the events; the interactions consumer folds them
     * afterwards. train-als reads the folded interactions, so wait for the consumers' lag to drain.
     */
    private void awaitInteractions() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long first = -1;
        long shown = 0;
        ProgressLine line = null;
        long deadline = System.nanoTime() + 15L * 60 * 1_000_000_000;
        java.time.Instant zeroSince = null;
        while (System.nanoTime() < deadline) {
            long lag = 0;
            int loops = 0;
            java.time.Instant oldestPoll = java.time.Instant.MAX;
            for (JsonValue v : admin.messaging().getJsonArray("consumers")) {
                JsonObject c = v.asJsonObject();
                loops += c.getBoolean("running", false) ? 1 : 0;
                lag += Math.max(0, JobFollower.number(c, "lag"));
                if (c.getBoolean("running", false) && c.containsKey("lastPoll")) {
                    java.time.Instant polled = java.time.Instant.parse(c.getString("lastPoll"));
                    oldestPoll = polled.isBefore(oldestPoll) ? polled : oldestPoll;
                }
            }
            if (loops == 0) {
                notes.add("no consumer loop is running (musicrec.kafka.consumers.enabled?): the replayed events are not folded");
                return;
            }
            if (first < 0) {
                first = lag;
                line = new ProgressLine("interactions applied", lag);
            }
            long done = Math.max(0, first - lag);
            line.advance(Math.max(0, done - shown));
            shown = Math.max(shown, done);
            // A loop reports its lag when it polls, before it handles the batch; so the batch is
            // written only once every loop has polled again after the lag was seen at zero.
            if (lag > 0) {
                zeroSince = null;
            } else if (zeroSince == null) {
                zeroSince = java.time.Instant.now();
            } else if (oldestPoll != java.time.Instant.MAX && oldestPoll.isAfter(zeroSince)) {
                line.finish();
                stages.add(new StageResult("(interactions)", "COMPLETED", seconds(t0),
                        first + " records of lag drained by the consumers", List.of(), 0, false));
                return;
            }
            Thread.sleep(1000);
        }
        if (line != null) {
            line.finish();
        }
        notes.add("the consumers still had lag after 15 min; train-als runs on what is folded so far");
    }

    /** A file as the stages see it: path, size and modification time; "-" for none. */
    private static String identity(Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return "-";
        }
        return file.toAbsolutePath() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    }

    private static String describe(JsonObject p) {
        String where = p.getString("item", "");
        long line = JobFollower.number(p, "line");
        return (line > 0 ? "line " + line + " " : "") + (where.isEmpty() ? "" : where + ": ") + p.getString("reason", "");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary's table of stages: status, time, exit status, then the first problems of each. */
    List<String> stageLines() {
        List<String> out = new ArrayList<>();
        for (StageResult r : stages) {
            out.add(String.format(Locale.ROOT, "%-18s %-10s %7s  %s", r.job(), r.status(),
                    r.earlier() ? "earlier" : String.format(Locale.ROOT, "%.1f s", r.seconds()), r.exitStatus()));
            if (r.problemCount() > 0) {
                out.add(String.format(Locale.ROOT, "%-18s %d item(s) skipped or refused%s:", "", r.problemCount(),
                        r.problemCount() > r.problems().size() ? ", the first " + r.problems().size() : ""));
                r.problems().forEach(p -> out.add(String.format(Locale.ROOT, "%-18s   %s", "", p)));
            }
        }
        return out;
    }
}

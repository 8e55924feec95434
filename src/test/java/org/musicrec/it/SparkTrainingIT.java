package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.security.PasswordHash;
import org.musicrec.tools.devservices.PayaraMicroLauncher;
import org.musicrec.tools.spark.SparkStandaloneCluster;

/**
 * train-als with engine=spark through a real standalone master with two workers (each its own JVM, from
 * Maven Central's jars), on a small seeded taste set: the model's NDCG lies within the spread of the
 * local engine over three seeds, it is stored with its engine and master and served. The driver JVM,
 * killed mid-training, fails the step with its exit status; the restart submits again and stores one
 * version. A stop through the admin API ends the driver and the job STOPPED; its restart submits again.
 * One worker killed (SIGKILL, with its executor) mid-training: Spark finishes on the other. The last
 * worker killed: the step fails well before its timeout, naming the executor lost, and the active model
 * stays. An unreachable master fails the step with the reason, and the active model stays.
 */
class SparkTrainingIT {
    /** The driver's wait with no live executor: long enough for executors to start on a loaded machine. */
    private static final int EXECUTOR_WAIT_SECONDS = 45;
    private static final String PARAMS = "{\"runId\":\"RUN\",\"rank\":\"8\",\"iterations\":\"8\",\"seed\":\"SEED\",\"splitSeed\":\"7\",\"activate\":\"ACT\"ENGINE}";

    private static String params(String run, int seed, boolean activate, String engine) {
        return PARAMS.replace("RUN", run).replace("SEED", String.valueOf(seed)).replace("ACT", String.valueOf(activate))
                .replace("ENGINE", engine);
    }

    private static String spark(String master) {
        return ",\"engine\":\"spark\",\"sparkMaster\":\"" + master + "\"";
    }

    private static JsonObject model(Http admin, String runId) {
        return admin.get("api/admin/models").json().getJsonArray("models").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("id").equals("als-" + runId)).findFirst()
                .orElseThrow(() -> new AssertionError("no stored model als-" + runId + " in " + admin.get("api/admin/models").body()));
    }

    private static double ndcg(JsonObject model) {
        return model.getJsonObject("metrics").getJsonNumber("ndcg@10").doubleValue();
    }

    private static JsonObject step(Http admin, long execution, String name) {
        return admin.get("/api/admin/jobs/executions/" + execution).json().getJsonArray("steps").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("step").equals(name)).findFirst().orElse(null);
    }

    /** The run's driver JVM, from the pid file the launcher writes into the run's workspace. */
    private static Optional<ProcessHandle> driverOf(Path work, String runId) {
        Path pid = work.resolve("payara").resolve("work").resolve("train-als").resolve(runId).resolve("spark-driver.pid");
        try {
            return java.nio.file.Files.exists(pid) ? ProcessHandle.of(Long.parseLong(java.nio.file.Files.readString(pid).trim())) : Optional.empty();
        } catch (java.io.IOException | NumberFormatException e) {
            return Optional.empty(); // being written
        }
    }

    @Test
    void trainsOnAStandaloneClusterSurvivesADriverKillAndFailsCleanlyWithoutAMaster() throws Exception {
        Path work = ItServices.workDir().resolve("spark-training");
        ItServices.deleteTree(work);
        var services = ItServices.get().config();
        String password = "spark-" + System.nanoTime();
        Map<String, String> settings = Map.of("MONGO_URI", services.mongoUri(), "MONGO_DATABASE", "musicrec_spark",
                "KAFKA_BOOTSTRAP", services.kafkaBootstrap(), "DATA_DIR", ".", "ADMIN_HASH", PasswordHash.hash(password.toCharArray()));
        Path jar = Path.of("spark/target/musicrec-spark-job.jar").toAbsolutePath();
        Path cp = Path.of("spark/target/spark.classpath").toAbsolutePath();
        PayaraMicroLauncher.Options options = new PayaraMicroLauncher.Options(
                Path.of(System.getProperty("musicrec.it.payara-micro", "target/payara-micro.jar")),
                Path.of(System.getProperty("musicrec.it.war", "target/musicrec.war")),
                Path.of("payara-config"), work.resolve("payara"), "127.0.0.1", ItServices.freePort(), settings,
                List.of("-Xmx1g", "-Dmusicrec.spark.job-jar=" + jar, "-Dmusicrec.spark.classpath-file=" + cp,
                        "-Dmusicrec.spark.executor-memory=512m", "-Dmusicrec.spark.driver-memory=768m",
                        "-Dmusicrec.spark.cores-max=2", "-Dmusicrec.spark.timeout-seconds=300",
                        "-Dmusicrec.spark.executor-wait-seconds=" + EXECUTOR_WAIT_SECONDS));
        try (MongoClient client = MongoClients.create(services.mongoUri());
             SparkStandaloneCluster cluster = new SparkStandaloneCluster(work.resolve("spark"), cp, 2, "768m");
             PayaraMicroLauncher server = new PayaraMicroLauncher(options)) {
            MongoDatabase db = client.getDatabase("musicrec_spark");
            db.drop();
            new TasteFixture(240, 200).write(db, 11);
            server.start();
            String master = cluster.start(Duration.ofMinutes(3));
            assertEquals(2, cluster.aliveWorkers());
            server.awaitDeployed(Duration.ofMinutes(6), true);
            Http admin = new Http(server.baseUrl()).as("admin", password);
            AdminJobs jobs = new AdminJobs(admin);

            // The local engine over three initial seeds: its spread is the yardstick.
            double[] local = new double[3];
            for (int seed = 1; seed <= 3; seed++) {
                JsonObject end = jobs.awaitEnd(jobs.launch("train-als", params("local-" + seed, seed, seed == 1, "")));
                assertEquals("COMPLETED", end.getString("status"), end.toString());
                local[seed - 1] = ndcg(model(admin, "local-" + seed));
            }
            int localVersion = admin.get("api/admin/models").json().getInt("active");
            double min = Math.min(local[0], Math.min(local[1], local[2]));
            double max = Math.max(local[0], Math.max(local[1], local[2]));

            // An unreachable master: the step fails with the reason and the local model stays active.
            int closed = ItServices.freePort();
            long bad = jobs.launch("train-als", params("nomaster", 1, true, spark("spark://127.0.0.1:" + closed)));
            JsonObject badEnd = jobs.awaitEnd(bad, Duration.ofMinutes(2));
            assertEquals("FAILED", badEnd.getString("status"), badEnd.toString());
            JsonObject badStep = step(admin, bad, "train-spark");
            assertTrue(badStep.getString("exitStatus").contains("spark://127.0.0.1:" + closed + " is unreachable"), badStep.toString());
            assertTrue(jobs.problems(bad).contains("is unreachable"), jobs.problems(bad));
            assertEquals(localVersion, admin.get("api/admin/models").json().getInt("active"), "the previous model stays active");

            // Through the cluster, the same seed as local-1: within the local engine's spread over seeds.
            long sparkRun = jobs.launch("train-als", params("spark", 1, true, spark(master)));
            JsonObject running = Poll.until(Duration.ofMinutes(3), () -> step(admin, sparkRun, "train-spark"),
                    s -> s != null && (s.containsKey("read_count") && s.getJsonNumber("read_count").longValue() > 0
                            || !"STARTED".equals(s.getString("status"))), "Spark tasks in the step's progress");
            JsonObject end = jobs.awaitEnd(sparkRun, Duration.ofMinutes(4));
            assertEquals("COMPLETED", end.getString("status"), end.toString() + " first seen " + running);
            assertTrue(running.containsKey("expected") && running.getJsonNumber("expected").longValue() >= running.getJsonNumber("read_count").longValue(),
                    "progress is tasks done of tasks submitted: " + running);
            JsonObject sparkModel = model(admin, "spark");
            assertEquals("spark", sparkModel.getString("engine"), sparkModel.toString());
            assertEquals(master, sparkModel.getString("sparkMaster"), sparkModel.toString());
            double spread = max - min;
            double s = ndcg(sparkModel);
            assertTrue(s >= min - spread - 1e-9 && s <= max + spread + 1e-9,
                    "Spark NDCG@10 " + s + " within the local engine's spread over seeds [" + min + ", " + max + "]");
            int sparkVersion = admin.get("api/admin/models").json().getInt("active");
            assertEquals(sparkModel.getInt("version"), sparkVersion, "the Spark model is the active one");
            Http.Answer recs = admin.get("api/users/" + TasteFixture.user(3) + "/recommendations");
            assertEquals(200, recs.status(), recs.body());
            assertEquals(10, recs.json().getJsonArray("items").size(), recs.body());

            // The driver JVM killed mid-training: the step fails with its exit status; the restart submits
            // again and stores exactly one version.
            long killedRun = jobs.launch("train-als", longer(params("killed", 2, false, spark(master))));
            ProcessHandle driver = midTraining(admin, work, "killed", killedRun);
            driver.destroyForcibly();
            JsonObject killedEnd = jobs.awaitEnd(killedRun, Duration.ofMinutes(2));
            assertEquals("FAILED", killedEnd.getString("status"), killedEnd.toString());
            assertTrue(step(admin, killedRun, "train-spark").getString("exitStatus").contains("exited with status 137"),
                    step(admin, killedRun, "train-spark").toString());
            JsonObject restarted = jobs.awaitEnd(jobs.restart(killedRun), Duration.ofMinutes(4));
            assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());

            // Stopped through the admin API mid-training: the driver is ended, the step and the job end
            // STOPPED (not FAILED); the restart submits again.
            long stoppedRun = jobs.launch("train-als", longer(params("stopped", 3, false, spark(master))));
            ProcessHandle stoppedDriver = midTraining(admin, work, "stopped", stoppedRun);
            jobs.stop(stoppedRun);
            JsonObject stoppedEnd = jobs.awaitEnd(stoppedRun, Duration.ofMinutes(2));
            assertEquals("STOPPED", stoppedEnd.getString("status"), stoppedEnd.toString());
            assertEquals("STOPPED", step(admin, stoppedRun, "train-spark").getString("status"), step(admin, stoppedRun, "train-spark").toString());
            assertFalse(stoppedDriver.isAlive(), "the stopped run's driver JVM has exited");
            JsonObject resumed = jobs.awaitEnd(jobs.restart(stoppedRun), Duration.ofMinutes(4));
            assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());

            // One of the two workers killed mid-training (SIGKILL, its executor with it): Spark reschedules
            // on the other executor and the run finishes.
            long survivorRun = jobs.launch("train-als", longer(params("survivor", 4, false, spark(master))));
            midTraining(admin, work, "survivor", survivorRun);
            assertEquals(1, cluster.killWorker(0), "worker 1 ran one executor of the run");
            JsonObject survived = jobs.awaitEnd(survivorRun, Duration.ofMinutes(4));
            assertEquals("COMPLETED", survived.getString("status"), survived.toString() + " " + step(admin, survivorRun, "train-spark"));
            assertEquals(1, cluster.aliveWorkers());

            // The last worker killed mid-training: no executor is left and the master has none to give.
            // The driver gives up after the wait, well before the step's 300 s timeout, naming the
            // executor lost; nothing is stored and the active model stays (the run would activate its own).
            long deadRun = jobs.launch("train-als", longer(params("dead", 5, true, spark(master))));
            midTraining(admin, work, "dead", deadRun);
            long killedAt = System.nanoTime();
            assertEquals(1, cluster.killWorker(1), "worker 2 ran the run's only executor");
            JsonObject deadEnd = jobs.awaitEnd(deadRun, Duration.ofMinutes(2));
            double failedAfter = (System.nanoTime() - killedAt) / 1e9;
            assertEquals("FAILED", deadEnd.getString("status"), deadEnd.toString());
            String reason = step(admin, deadRun, "train-spark").getString("exitStatus");
            assertTrue(reason.startsWith("the Spark driver on " + master + " gave up: no live executor for " + EXECUTOR_WAIT_SECONDS + " s")
                    && reason.contains("lost: executor 0 on 127.0.0.1 ("), reason);
            // The driver samples its live executors once a second: it may have seen the last one up to 1 s before the kill.
            assertTrue(failedAfter >= EXECUTOR_WAIT_SECONDS - 2 && failedAfter < EXECUTOR_WAIT_SECONDS + 50, "failed " + failedAfter + " s after the kill: " + reason);
            assertTrue(jobs.problems(deadRun).contains("no live executor for"), jobs.problems(deadRun));

            assertEquals(List.of("als-killed", "als-local-1", "als-local-2", "als-local-3", "als-spark", "als-stopped", "als-survivor"),
                    admin.get("api/admin/models").json().getJsonArray("models").stream().map(v -> v.asJsonObject().getString("id")).sorted().toList(),
                    "one version per finished run: the killed and the stopped run once, the runs without a master or workers never");
            assertEquals(sparkVersion, admin.get("api/admin/models").json().getInt("active"));
        }
    }

    /** 40 iterations: the fit outlasts the polls, so a kill or stop lands mid-training. */
    private static String longer(String params) {
        return params.replace("\"iterations\":\"8\"", "\"iterations\":\"40\"");
    }

    /** Waits until the run's driver runs Spark tasks and returns the driver JVM, still alive. */
    private static ProcessHandle midTraining(Http admin, Path work, String runId, long execution) {
        ProcessHandle driver = Poll.until(Duration.ofMinutes(2), () -> driverOf(work, runId), Optional::isPresent, "the driver JVM of " + runId)
                .orElseThrow();
        Poll.until(Duration.ofMinutes(2), () -> step(admin, execution, "train-spark"),
                st -> st != null && st.containsKey("read_count") && st.getJsonNumber("read_count").longValue() > 0, "Spark tasks running in " + runId);
        assertTrue(driver.isAlive(), "the driver of " + runId + " is still training");
        return driver;
    }
}

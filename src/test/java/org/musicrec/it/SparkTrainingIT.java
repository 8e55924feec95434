package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * version. An unreachable master fails the step with the reason, and the active model stays.
 */
class SparkTrainingIT {
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
                        "-Dmusicrec.spark.cores-max=2", "-Dmusicrec.spark.timeout-seconds=300"));
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
            // 40 iterations: the fit outlasts the poll, so the kill lands mid-training.
            long killedRun = jobs.launch("train-als", params("killed", 2, false, spark(master)).replace("\"iterations\":\"8\"", "\"iterations\":\"40\""));
            ProcessHandle driver = Poll.until(Duration.ofMinutes(2), () -> driverOf(work, "killed"), Optional::isPresent, "the driver JVM").orElseThrow();
            Poll.until(Duration.ofMinutes(2), () -> step(admin, killedRun, "train-spark"),
                    st -> st != null && st.containsKey("read_count") && st.getJsonNumber("read_count").longValue() > 0, "Spark tasks running");
            assertTrue(driver.isAlive(), "the driver is still training when it is killed");
            driver.destroyForcibly();
            JsonObject killedEnd = jobs.awaitEnd(killedRun, Duration.ofMinutes(2));
            assertEquals("FAILED", killedEnd.getString("status"), killedEnd.toString());
            assertTrue(step(admin, killedRun, "train-spark").getString("exitStatus").contains("exited with status 137"),
                    step(admin, killedRun, "train-spark").toString());
            JsonObject restarted = jobs.awaitEnd(jobs.restart(killedRun), Duration.ofMinutes(4));
            assertEquals("COMPLETED", restarted.getString("status"), restarted.toString());
            assertEquals(List.of("als-killed", "als-local-1", "als-local-2", "als-local-3", "als-spark"),
                    admin.get("api/admin/models").json().getJsonArray("models").stream().map(v -> v.asJsonObject().getString("id")).sorted().toList(),
                    "one version per finished run: the killed run once, the run without a master never");
            assertEquals(sparkVersion, admin.get("api/admin/models").json().getInt("active"));
        }
    }
}

package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.musicrec.catalog.fma.FmaMetadataGenerator;
import org.musicrec.platform.devservices.PayaraMicroLauncher;
import org.musicrec.platform.security.PasswordHash;

/**
 * The server killed (kill -9) in the middle of catalog-import, started again on the same job
 * repository, and the execution restarted: it finishes from its checkpoint with exactly the
 * expected documents. A database of its own keeps the counts independent of the other tests.
 */
class ServerKillRestartIT {

    @Test
    void catalogImportSurvivesAServerKill() throws Exception {
        Path work = ItServices.workDir().resolve("server-kill");
        ItServices.deleteTree(work);
        int tracks = 20_000;
        FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(tracks, 9)).write(work.resolve("fma"));
        var services = ItServices.get().config();
        String password = "kill-" + System.nanoTime();
        Map<String, String> settings = Map.of("MONGO_URI", services.mongoUri(), "MONGO_DATABASE", "musicrec_kill",
                "KAFKA_BOOTSTRAP", services.kafkaBootstrap(), "DATA_DIR", ".", "ADMIN_HASH", PasswordHash.hash(password.toCharArray()));
        int port = ItServices.freePort();
        PayaraMicroLauncher.Options options = new PayaraMicroLauncher.Options(
                Path.of(System.getProperty("musicrec.it.payara-micro", "target/payara-micro.jar")),
                Path.of(System.getProperty("musicrec.it.war", "target/musicrec.war")),
                Path.of("payara-config"), work.resolve("payara"), "127.0.0.1", port, settings, List.of("-Xmx1500m"));

        try (MongoClient client = MongoClients.create(services.mongoUri())) {
            MongoCollection<Document> stored = client.getDatabase("musicrec_kill").getCollection("tracks");
            long execution;
            try (PayaraMicroLauncher first = new PayaraMicroLauncher(options)) {
                first.start();
                first.awaitDeployed(Duration.ofMinutes(6), true);
                AdminJobs jobs = new AdminJobs(new Http(first.baseUrl()).as("admin", password));
                execution = jobs.launch("catalog-import", "{\"source\":\"" + s.directory() + "\",\"batchSize\":100}");
                Poll.until(Duration.ofMinutes(5), stored::countDocuments, n -> n >= 1000, "tracks being imported");
                first.kill();
            }
            long atKill = stored.countDocuments();
            assertTrue(atKill < tracks, "killed before the end: " + atKill);

            try (PayaraMicroLauncher second = new PayaraMicroLauncher(options)) {
                second.start();
                second.awaitDeployed(Duration.ofMinutes(6), true);
                Http admin = new Http(second.baseUrl()).as("admin", password);
                AdminJobs jobs = new AdminJobs(admin);
                JsonObject before = admin.get("/api/admin/jobs/executions/" + execution).json();
                assertEquals("STARTED", before.getString("status"), "the repository survived the kill: " + before);
                JsonObject end = jobs.awaitEnd(jobs.restart(execution));
                assertEquals("COMPLETED", end.getString("status"), end.toString());
                assertEquals(tracks, stored.countDocuments(), "every track exactly once");
                assertEquals(s.albums(), client.getDatabase("musicrec_kill").getCollection("albums").countDocuments());
            }
        }
    }
}

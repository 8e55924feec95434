package org.musicrec.tools.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Mongo server keeps its data across a stop and a start on the same folder (real driver, real wire protocol). */
class MongoDevServerRestartTest {

    @TempDir
    Path dir;

    @Test
    void documentSurvivesRestart() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DevServicesConfig config = DevServicesConfig.defaults(dir).withPorts(0, 0, port);

        MongoDevServer first = new MongoDevServer(config);
        first.start();
        try (MongoClient client = MongoClients.create(config.mongoUri())) {
            client.getDatabase("musicrec").getCollection("tracks").insertOne(new Document("_id", 2).append("title", "Food"));
        }
        first.close();

        MongoDevServer second = new MongoDevServer(config);
        second.start();
        try (MongoClient client = MongoClients.create(config.mongoUri())) {
            Document back = client.getDatabase("musicrec").getCollection("tracks").find(new Document("_id", 2)).first();
            assertEquals("Food", back.getString("title"));
            assertEquals(1, client.getDatabase("musicrec").getCollection("tracks").countDocuments());
        } finally {
            second.close();
        }
    }
}

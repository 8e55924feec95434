package org.musicrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.tools.devservices.PayaraMicroLauncher;

/** A node reads back exactly what the demo's launcher rendered into its data dir. */
class NodeCommandSettingsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDemosAddressesAndHashes() throws Exception {
        Map<String, String> demo = Map.of("MONGO_URI", "mongodb://127.0.0.1:27017/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000",
                "KAFKA_BOOTSTRAP", "127.0.0.1:9092", "DATA_DIR", "/work/shared/data",
                "ADMIN_HASH", "pbkdf2-sha256:210000:c2FsdA==:aGFzaA==", "SERVICE_KEY_HASHES", "sha256:abc,sha256:def",
                "NODE_ID", "node-8080");
        PayaraMicroLauncher.renderConfig(Path.of("payara-config"), dir.resolve("payara"), "127.0.0.1", demo);
        Map<String, String> node = NodeCommand.settings(dir.resolve("payara").resolve("embedded.properties"));
        assertEquals(6, node.size());
        demo.forEach((k, v) -> {
            if (!k.equals("NODE_ID")) {
                assertEquals(v, node.get(k), k);
            }
        });
        assertEquals("musicrec", node.get("MONGO_DATABASE"));

        Files.writeString(dir.resolve("other.properties"), "musicrec.mongo.uri=x\n");
        assertThrows(UsageException.class, () -> NodeCommand.settings(dir.resolve("other.properties")));
        assertThrows(UsageException.class, () -> NodeCommand.settings(dir.resolve("absent.properties")));
    }
}

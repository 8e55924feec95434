package org.musicrec.catalog.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.FreePortServices;
import org.musicrec.tools.devservices.MongoDevServer;

/** Against the real Mongo wire server: placeholders only for unknown ids, once, never over a catalogue track. */
class MongoPlaceholderTracksTest {

    @TempDir
    Path dir;

    @Test
    void createsEachUnknownIdOnceAndLeavesCatalogueTracksAlone() throws IOException {
        int port = FreePortServices.freePort();
        DevServicesConfig config = DevServicesConfig.defaults(dir).withPorts(0, 0, port);
        try (MongoDevServer server = new MongoDevServer(config)) {
            server.start();
            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoCollection<Document> tracks = client.getDatabase("musicrec").getCollection("tracks");
                tracks.insertOne(new Document("_id", 2L).append("title", "Food").append("placeholder", false));
                MongoPlaceholderTracks placeholders = new MongoPlaceholderTracks(client.getDatabase("musicrec"));

                assertEquals(3, placeholders.ensure(List.of("2", "lastfm:51", "lastfm:52", "lastfm:51", "777")));
                assertEquals(0, placeholders.ensure(List.of("lastfm:51", "2", "777")), "a second call creates nothing");
                assertEquals(4, tracks.countDocuments());

                Document food = tracks.find(Filters.eq("_id", 2L)).first();
                assertEquals("Food", food.getString("title"));
                assertFalse(food.getBoolean("placeholder"));
                Document replayed = tracks.find(Filters.eq("_id", "lastfm:51")).first();
                assertTrue(replayed.getBoolean("placeholder"));
                assertEquals("lastfm", replayed.getString("source"));
                Document numeric = tracks.find(Filters.eq("_id", 777L)).first();
                assertTrue(numeric.getBoolean("placeholder"), "a bare id is stored as the catalogue's numeric id");
                assertEquals("lastfm:51", replayed.getString("title"), "no name known: the id is the title");

                Map<String, String> names = Map.of("lastfm:60", "Diary of Dreams", "2", "Not Food");
                assertEquals(1, placeholders.ensure(List.of("lastfm:60", "2"), id -> Optional.ofNullable(names.get(id))));
                assertEquals("Diary of Dreams", tracks.find(Filters.eq("_id", "lastfm:60")).first().getString("title"));
                assertEquals("Food", tracks.find(Filters.eq("_id", 2L)).first().getString("title"), "a catalogue title is never replaced");
            }
        }
    }
}

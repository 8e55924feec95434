package org.musicrec.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.mongo.MongoClientHolder;

/** The events API's check of track ids: exact, and its cache holds only known ids, at most the configured number. */
class KnownTracksTest {

    MongoServer server;
    MongoClient client;
    MongoDatabase db;
    KnownTracks known;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        db = client.getDatabase("musicrec");
        db.getCollection("tracks").insertMany(IntStream.range(0, 20).mapToObj(t -> new Document("_id", (long) t)).toList());
        known = new KnownTracks();
        known.mongo = new MongoClientHolder() {
            @Override
            public MongoDatabase database() {
                return db;
            }
        };
        known.cacheSize = 5;
        known.init();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void unknownIdsAreNamedAndNeverCached() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            made.add("made-up-" + i);
        }
        assertEquals(Set.copyOf(made), known.unknown(made));
        assertEquals(0, known.cached());
    }

    @Test
    void knownIdsAreCachedUpToTheBound() {
        List<String> all = IntStream.range(0, 20).mapToObj(Integer::toString).toList();
        assertEquals(Set.of(), known.unknown(all));
        assertEquals(5, known.cached());
        assertEquals(Set.of("20"), known.unknown(List.of("3", "19", "20")));
    }
}

package org.musicrec.catalog.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.mongo.MongoClientHolder;

/** The genre tree against an in-process Mongo wire server: counts per subtree, cached until the catalogue changes. */
class CatalogQueriesTest {

    MongoServer server;
    MongoClient client;
    MongoDatabase db;
    CatalogQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        db = client.getDatabase("musicrec");
        db.getCollection("genres").insertMany(List.of(new Document("_id", 1).append("title", "Rock").append("parentId", 0),
                new Document("_id", 2).append("title", "Garage").append("parentId", 1)));
        db.getCollection("tracks").insertMany(List.of(track(10, 1), track(11, 1, 2)));
        queries = new CatalogQueries();
        queries.mongo = new MongoClientHolder() {
            @Override
            public MongoDatabase database() {
                return db;
            }
        };
        queries.genreTreeCheckSeconds = 0;
        queries.genreTreeMaxAgeSeconds = 1800;
        queries.init();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static Document track(long id, Integer... genresAll) {
        return new Document("_id", id).append("title", "Track " + id).append("genresAll", List.of(genresAll));
    }

    static long tracks(GenreTree tree, int... path) {
        GenreTree.Node node = tree.genres().get(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.children().get(path[i]);
        }
        return node.tracks();
    }

    @Test
    void theTreeIsComputedOnceUntilTheCatalogueChanges() {
        GenreTree first = queries.genreTree();
        assertEquals(2, tracks(first, 0));
        assertEquals(1, tracks(first, 0, 0));
        assertSame(first, queries.genreTree(), "the second request is answered from memory");

        db.getCollection("tracks").insertOne(track(12, 1, 2));
        GenreTree changed = queries.genreTree();
        assertEquals(3, tracks(changed, 0));
        assertEquals(2, tracks(changed, 0, 0));
    }
}

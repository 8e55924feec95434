package org.musicrec.recommend.serving;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.IntStream;
import org.bson.Document;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.mongo.MongoModelRegistry;

/**
 * The serving beans wired by hand against an in-process Mongo wire server (memory backend, a free
 * port): a catalogue of {@link #TRACKS} tracks "0".."n-1" and, on request, a tiny ALS model of
 * {@link #MODEL_USERS} listeners "m0".."m4" whose precomputed lists are {@link #PRECOMPUTED}.
 */
final class ServingFixture implements AutoCloseable {
    static final int TRACKS = 12;
    static final int MODEL_USERS = 5;
    static final int RANK = 3;
    /** Every model listener's stored list: the tracks they play in the tests, so a stale answer shows. */
    static final List<String> PRECOMPUTED = List.of("0", "1", "2", "3");

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client;
    final MongoDatabase db;
    final CatalogView catalog = new CatalogView();
    final ActiveModel active = new ActiveModel();
    final ListenerHistories histories = new ListenerHistories(500_000, Duration.ofMinutes(10), System::nanoTime);
    final Recommender recommender = new Recommender();
    final HiddenTracks hidden = new HiddenTracks();

    ServingFixture() {
        client = MongoClients.create(server.bindAndGetConnectionString());
        db = client.getDatabase("musicrec");
        MongoClientHolder mongo = new MongoClientHolder() {
            @Override
            public MongoDatabase database() {
                return db;
            }
        };
        List<Document> tracks = new ArrayList<>();
        for (long t = 0; t < TRACKS; t++) {
            tracks.add(new Document("_id", t).append("title", "Track " + t).append("genres", List.of(1)).append("genresAll", List.of(1))
                    .append("listens", 1000 - t));
        }
        db.getCollection("tracks").insertMany(tracks);
        db.getCollection("genres").insertOne(new Document("_id", 1).append("title", "Rock"));
        catalog.mongo = mongo;
        catalog.refreshSeconds = 3600;
        catalog.maxAgeSeconds = 3600;
        active.models = new MongoModelRegistry(db);
        active.catalog = catalog;
        active.checkSeconds = 3600;
        active.maxAnswers = 20_000;
        active.swapped = new NoEvents<>();
        recommender.active = active;
        recommender.catalog = catalog;
        recommender.models = active.models;
        recommender.history = new MongoInteractionStore(db, "serving");
        recommender.histories = histories;
        hidden.mongo = mongo;
        hidden.checkSeconds = 3600;
        hidden.maxHidden = 100;
        recommender.hidden = hidden;
        recommender.maxPerArtist = 0;
    }

    /** Stores and activates the tiny model (seeded random factors; every model listener's list is {@link #PRECOMPUTED}). */
    ServingFixture withModel() throws Exception {
        MongoModelRegistry registry = new MongoModelRegistry(db);
        List<String> users = IntStream.range(0, MODEL_USERS).mapToObj(u -> "m" + u).toList();
        List<String> items = IntStream.range(0, TRACKS).mapToObj(Integer::toString).toList();
        int[] counts = IntStream.range(0, TRACKS).map(i -> TRACKS - i).toArray();
        registry.storeArtifact("als-test", new ModelArtifact(users, items, counts, AlsModelState.initial(RANK, MODEL_USERS, TRACKS, 7L)));
        List<Document> lists = new ArrayList<>();
        for (String u : users) {
            lists.add(MongoModelRegistry.userListDocument("als-test", u, PRECOMPUTED, List.of(0.9, 0.8, 0.7, 0.6)));
        }
        registry.storeUserLists(lists);
        registry.storeMetadata(new Document("_id", "als-test").append("version", 1).append("createdAt", new Date())
                .append("snapshotAt", new Date())
                .append("params", new Document("rank", RANK).append("reg", 0.1).append("alpha", 1.0).append("iterations", 0)
                        .append("seed", 7L).append("implicit", true).append("confidence", "log")));
        registry.activate("als-test", 1);
        return this;
    }

    /** Writes {@code plays} plays of each track for the listener, as the consumer would have (read back by userId). */
    void played(String user, int plays, String... trackIds) {
        for (String t : trackIds) {
            db.getCollection(MongoInteractionStore.INTERACTIONS).insertOne(new Document("_id", user + "|" + t).append("userId", user)
                    .append("trackId", t).append("plays", (long) plays).append("events", (long) plays)
                    .append("lastAt", new Date()));
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }

    /** Model swaps announce nothing here. */
    static final class NoEvents<T> implements Event<T> {
        @Override
        public void fire(T event) {
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}

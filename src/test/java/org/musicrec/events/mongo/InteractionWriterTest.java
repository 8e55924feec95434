package org.musicrec.events.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityType;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.RejectedRecord;
import org.musicrec.events.ReplayId;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.MongoDevServer;
import org.musicrec.platform.kafka.IncomingRecord;

/**
 * The interaction writer's core against a real Mongo wire server (H2 backend): redelivery, partial
 * replay, a lost partition mark, concurrent writers and re-sent replays all leave the counts exactly
 * as one in-memory fold of the events.
 */
class InteractionWriterTest {

    static final String TOPIC = "user-activity";

    @TempDir
    Path dir;
    MongoDevServer server;
    MongoClient client;
    MongoDatabase db;
    MongoInteractionStore store;
    final List<RejectedRecord> deadLetters = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DevServicesConfig config = DevServicesConfig.defaults(dir).withPorts(0, 0, port);
        server = new MongoDevServer(config);
        server.start();
        client = MongoClients.create(config.mongoUri());
        db = client.getDatabase("musicrec");
        store = new MongoInteractionStore(db, "musicrec-interactions");
        store.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    static IncomingRecord rec(int partition, long offset, ActivityEvent e) {
        return new IncomingRecord(TOPIC, partition, offset, e.userId(), e.toJson().toString(), 0L, Map.of());
    }

    static ActivityEvent ev(String id, String user, String track, ActivityType type, int count, Integer rating, long atSecond) {
        return new ActivityEvent(id, user, track, type, rating, count, Instant.ofEpochSecond(1_700_000_000L + atSecond), 1000L);
    }

    /** A seeded stream: 3 users on 2 partitions, 4 tracks, every type; offsets contiguous per partition. */
    static List<IncomingRecord> stream(int n, long seed) {
        Random rnd = new Random(seed);
        ActivityType[] types = ActivityType.values();
        long[] next = new long[2];
        List<IncomingRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int u = rnd.nextInt(3);
            int p = u == 2 ? 1 : 0;
            ActivityType t = types[rnd.nextInt(types.length)];
            ActivityEvent e = ev("e" + i, "u" + u, "t" + rnd.nextInt(4), t, 1 + rnd.nextInt(3),
                    t == ActivityType.RATE ? 1 + rnd.nextInt(5) : null, rnd.nextInt(10_000));
            out.add(rec(p, next[p]++, e));
        }
        return out;
    }

    static Map<String, Interaction> fold(List<IncomingRecord> records) {
        Map<String, Interaction> m = new HashMap<>();
        for (IncomingRecord r : records) {
            ActivityEvent e = org.musicrec.events.ActivityEventCodec.decode(r.value());
            m.merge(Interaction.id(e.userId(), e.trackId()),
                    InteractionFolding.apply(Interaction.empty(e.userId(), e.trackId()), e),
                    (a, b) -> InteractionFolding.apply(a, new org.musicrec.events.InteractionDelta(b.plays(), b.skips(),
                            b.completes(), b.likes(), b.dislikes(), b.rating(), b.firstAt(), b.lastAt(), b.msPlayed(), b.events())));
        }
        return m;
    }

    void assertStoreEquals(Map<String, Interaction> expected) {
        assertEquals(expected.size(), store.count());
        expected.values().forEach(i -> assertEquals(i, store.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
    }

    ApplyReport apply(List<IncomingRecord> batch) {
        return store.apply(batch, deadLetters::addAll);
    }

    @Test
    void redeliveryAndPartialReplayChangeNothing() {
        List<IncomingRecord> batch = stream(200, 7);
        ApplyReport first = apply(batch);
        assertEquals(200, first.applied());
        Map<String, Interaction> expected = fold(batch);
        assertStoreEquals(expected);

        ApplyReport again = apply(batch);
        assertEquals(200, again.belowPartitionMark());
        assertEquals(0, again.applied());
        apply(batch.subList(0, 50));
        assertStoreEquals(expected);
    }

    @Test
    void theReportedStatesAreWhatTheWrittenDocumentsHold() {
        // Serving keeps histories in memory from these states instead of reading the documents back,
        // so each must equal its document right after the write, in both write modes, and a
        // redelivered batch (nothing written) must report nothing.
        for (MongoInteractionStore.Writes mode : MongoInteractionStore.Writes.values()) {
            db.getCollection(MongoInteractionStore.INTERACTIONS).drop();
            db.getCollection(MongoInteractionStore.APPLIED_OFFSETS).drop();
            store = new MongoInteractionStore(db, "musicrec-interactions", mode);
            List<IncomingRecord> all = stream(300, 23);
            for (int from = 0; from < all.size(); from += 37) {
                ApplyReport report = apply(all.subList(from, Math.min(all.size(), from + 37)));
                assertEquals(report.documentsWritten(), report.written().size(), mode.name());
                assertTrue(report.written().size() > 0, mode.name());
                for (Interaction state : report.written()) {
                    assertEquals(store.find(state.userId(), state.trackId()).orElseThrow(), state, mode + " " + state.id());
                }
            }
            assertEquals(List.of(), apply(all.subList(100, 200)).written(), mode.name());
            assertStoreEquals(fold(all));
            // Only new documents are added to the lists, yet every document is listed.
            Map<String, java.util.Set<String>> expectedLists = new HashMap<>();
            fold(all).values().forEach(i -> expectedLists.computeIfAbsent(i.userId(), u -> new java.util.HashSet<>()).add(i.trackId()));
            Map<String, java.util.Set<String>> lists = new HashMap<>();
            for (org.bson.Document d : db.getCollection(MongoInteractionStore.USER_TRACKS).find()) {
                if (!MongoInteractionStore.LISTS_COMPLETE.equals(d.getString("_id"))) {
                    lists.put(d.getString("_id"), new java.util.HashSet<>(d.getList("tracks", String.class)));
                }
            }
            assertEquals(expectedLists, lists, mode.name());
            db.getCollection(MongoInteractionStore.USER_TRACKS).deleteMany(com.mongodb.client.model.Filters.ne("_id", MongoInteractionStore.LISTS_COMPLETE));
        }
    }

    @Test
    void lostPartitionMarkIsCoveredByTheDocumentMarks() {
        // The crash between the document writes and the partition mark (or the commit): only the
        // per-document marks remain, and they alone must refuse the already-applied part.
        List<IncomingRecord> all = stream(120, 11);
        List<IncomingRecord> head = all.subList(0, 60);
        apply(head);
        db.getCollection(MongoInteractionStore.APPLIED_OFFSETS).drop();
        ApplyReport report = apply(all);
        assertEquals(0, report.belowPartitionMark());
        assertEquals(60, report.alreadyApplied());
        assertEquals(60, report.applied());
        assertStoreEquals(fold(all));
    }

    @Test
    void twoConsumersRacingOnTheSameBatchCountEachEventOnce() throws Exception {
        // A rebalance with a zombie: two writers of the same group apply the same records at once.
        List<IncomingRecord> batch = stream(300, 13);
        MongoInteractionStore zombie = new MongoInteractionStore(db, "musicrec-interactions");
        CompletableFuture<ApplyReport> a = CompletableFuture.supplyAsync(() -> zombie.apply(batch, x -> { }));
        CompletableFuture<ApplyReport> b = CompletableFuture.supplyAsync(() -> store.apply(batch, x -> { }));
        ApplyReport ra = a.get();
        ApplyReport rb = b.get();
        assertEquals(300, ra.applied() + rb.applied(), ra + " / " + rb);
        assertStoreEquals(fold(batch));
    }

    @Test
    void interleavedPartitionsAndADocumentFedFromTwoPartitions() {
        // After a change of partition count the same user (hence document) can arrive on a second partition.
        List<IncomingRecord> batch = List.of(
                rec(0, 0, ev("a", "u1", "t1", ActivityType.PLAY, 2, null, 1)),
                rec(1, 0, ev("b", "u2", "t1", ActivityType.PLAY, 1, null, 2)),
                rec(0, 1, ev("c", "u1", "t1", ActivityType.LIKE, 1, null, 3)),
                rec(1, 1, ev("d", "u1", "t1", ActivityType.PLAY, 5, null, 4)),
                rec(1, 2, ev("e", "u2", "t1", ActivityType.SKIP, 1, null, 5)));
        apply(batch);
        apply(List.of(batch.get(3), batch.get(0)));
        Interaction u1 = store.find("u1", "t1").orElseThrow();
        assertEquals(7, u1.plays());
        assertEquals(1, u1.likes());
        assertEquals(12, u1.weight()); // 7 + 5
        Interaction u2 = store.find("u2", "t1").orElseThrow();
        assertEquals(1, u2.plays());
        assertEquals(1, u2.skips());
        assertEquals(0, u2.weight()); // 1 - 1
        assertStoreEquals(fold(batch));
    }

    @Test
    void skipThenPlayAndRatingSemantics() {
        apply(List.of(rec(0, 0, ev("a", "u1", "t1", ActivityType.SKIP, 1, null, 10))));
        assertEquals(0, store.find("u1", "t1").orElseThrow().weight());
        apply(List.of(rec(0, 1, ev("b", "u1", "t1", ActivityType.PLAY, 3, null, 5)),
                rec(0, 2, ev("c", "u1", "t1", ActivityType.RATE, 1, 5, 20)),
                rec(0, 3, ev("d", "u1", "t1", ActivityType.RATE, 1, 2, 15))));
        Interaction i = store.find("u1", "t1").orElseThrow();
        assertEquals(3, i.plays());
        assertEquals(1, i.skips());
        assertEquals(2, i.weight()); // 3 - 1
        assertEquals(2, i.rating(), "last in stream order, though its time is earlier");
        assertEquals(Instant.ofEpochSecond(1_700_000_005L), i.firstAt());
        assertEquals(Instant.ofEpochSecond(1_700_000_020L), i.lastAt());
        apply(List.of(rec(0, 4, ev("e", "u1", "t1", ActivityType.PLAY, 1, null, 30))));
        assertEquals(2, store.find("u1", "t1").orElseThrow().rating(), "a play keeps the rating");
    }

    @Test
    void poisonGoesToDeadLettersOnceAndTheRestFlows() {
        List<IncomingRecord> batch = List.of(
                rec(0, 0, ev("a", "u1", "t1", ActivityType.PLAY, 1, null, 1)),
                new IncomingRecord(TOPIC, 0, 1, "u1", "{not json", 0L, Map.of()),
                new IncomingRecord(TOPIC, 0, 2, "u1", ev("c", "u1", "t1", ActivityType.PLAY, 1, null, 2).toJson().toString()
                        .replace("\"count\":1", "\"count\":0"), 0L, Map.of()),
                rec(0, 3, ev("d", "u1", "t1", ActivityType.PLAY, 2, null, 3)));
        ApplyReport r = apply(batch);
        assertEquals(2, r.rejected());
        assertEquals(2, deadLetters.size());
        assertEquals(1, deadLetters.get(0).record().offset());
        assertTrue(deadLetters.get(1).reason().contains("count"), deadLetters.get(1).reason());
        assertEquals(3, store.find("u1", "t1").orElseThrow().plays());
        apply(batch);
        assertEquals(2, deadLetters.size(), "a redelivered poison record is not dead-lettered again");
    }

    @Test
    void aReSentReplayIsRecognisedByItsSourceAndLine() {
        String source = "0123456789abcdef";
        List<IncomingRecord> first = new ArrayList<>();
        List<IncomingRecord> resent = new ArrayList<>();
        for (int line = 2; line <= 6; line++) {
            ActivityEvent e = ev(new ReplayId(source, line).eventId(), "lastfm:" + (line % 2), "lastfm:51",
                    ActivityType.PLAY, 10 * line, null, 0);
            first.add(rec(0, line, e));
            resent.add(rec(0, 100 + line, e)); // the same file sent again lands at new offsets
        }
        List<IncomingRecord> both = new ArrayList<>(first);
        both.addAll(resent);
        MongoInteractionStore other = new MongoInteractionStore(client.getDatabase("other"), "musicrec-interactions");
        ApplyReport oneBatch = other.apply(both, x -> { });
        assertEquals(5, oneBatch.applied(), "both copies in one batch");
        assertEquals(20 + 40 + 60, other.find("lastfm:0", "lastfm:51").orElseThrow().plays());
        apply(first);
        ApplyReport r = apply(resent);
        assertEquals(0, r.applied());
        assertEquals(5, r.alreadyApplied());
        assertEquals(20 + 40 + 60, store.find("lastfm:0", "lastfm:51").orElseThrow().plays());
        assertEquals(30 + 50, store.find("lastfm:1", "lastfm:51").orElseThrow().plays());
    }

    @Test
    void aRefusedConditionalUpsertIsADuplicateKeyAndChangesNothing() {
        // The store's answer to "applied meanwhile by someone else": the filter misses the existing
        // document, the upsert tries a second one with the same id, and the server refuses it.
        apply(List.of(rec(0, 5, ev("a", "u1", "t1", ActivityType.PLAY, 1, null, 1))));
        var delta = InteractionFolding.delta(ev("b", "u1", "t1", ActivityType.PLAY, 9, null, 2));
        var ops = List.<com.mongodb.client.model.WriteModel<org.bson.Document>>of(new com.mongodb.client.model.UpdateOneModel<>(
                InteractionDocuments.condition("u1|t1", 0, 4, Map.of()),
                InteractionDocuments.update("u1", "t1", delta, 0, 4, Map.of(), List.of("b")),
                new com.mongodb.client.model.UpdateOptions().upsert(true)));
        var e = org.junit.jupiter.api.Assertions.assertThrows(com.mongodb.MongoBulkWriteException.class,
                () -> db.getCollection(MongoInteractionStore.INTERACTIONS).bulkWrite(ops,
                        new com.mongodb.client.model.BulkWriteOptions().ordered(false)));
        assertEquals(11000, e.getWriteErrors().get(0).getCode());
        assertEquals(1, store.find("u1", "t1").orElseThrow().plays());
    }

    @Test
    void singleWriterModeIsExactForRedeliveryLostMarksAndResentReplays() {
        MongoInteractionStore single = new MongoInteractionStore(client.getDatabase("single"), "musicrec-interactions",
                MongoInteractionStore.Writes.SINGLE_WRITER);
        List<IncomingRecord> all = stream(150, 17);
        single.apply(all.subList(0, 70), x -> { });
        client.getDatabase("single").getCollection(MongoInteractionStore.APPLIED_OFFSETS).drop();
        ApplyReport r = single.apply(all, x -> { });
        assertEquals(70, r.alreadyApplied());
        assertEquals(80, r.applied());
        single.apply(all, x -> { });
        Map<String, Interaction> expected = fold(all);
        assertEquals(expected.size(), single.count());
        expected.values().forEach(i -> assertEquals(i, single.find(i.userId(), i.trackId()).orElseThrow(), i.id()));
    }

    /**
     * A client that got a 503 (or no answer) sends the event again under the same id, but the first
     * send had reached the broker: two records, different offsets, one event. Both write modes count
     * it once, whether the copies arrive in one batch or two; an event never seen is counted.
     */
    @Test
    void anEventSentAgainUnderTheSameIdCountsOnce() {
        for (MongoInteractionStore.Writes mode : MongoInteractionStore.Writes.values()) {
            MongoInteractionStore s = new MongoInteractionStore(client.getDatabase("retry-" + mode), "musicrec-interactions", mode);
            ActivityEvent first = ev("client-7", "u1", "t1", ActivityType.PLAY, 1, null, 1);
            ApplyReport r1 = s.apply(List.of(rec(0, 10, first), rec(0, 11, first)), x -> { });
            assertEquals(1, r1.applied(), mode + ": both copies in one batch");
            ApplyReport r2 = s.apply(List.of(rec(0, 12, first), rec(0, 13, ev("client-8", "u1", "t1", ActivityType.LIKE, 1, null, 2))), x -> { });
            assertEquals(1, r2.applied(), mode + ": the copy in a later batch passed over, the new event applied");
            Interaction i = s.find("u1", "t1").orElseThrow();
            assertEquals(1, i.plays(), mode.toString());
            assertEquals(1, i.likes(), mode.toString());
        }
    }

    /** The ids kept are the document's latest {@value InteractionDocuments#RECENT_KEPT}: the bound on a document's size. */
    @Test
    void recentEventIdsAreBounded() {
        List<IncomingRecord> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(rec(0, i, ev("e" + i, "u1", "t1", ActivityType.PLAY, 1, null, i)));
        }
        apply(batch.subList(0, 60));
        apply(batch.subList(60, 100));
        org.bson.Document d = db.getCollection(MongoInteractionStore.INTERACTIONS).find(com.mongodb.client.model.Filters.eq("_id", "u1|t1")).first();
        List<String> kept = d.getList(InteractionDocuments.RECENT, String.class);
        assertEquals(InteractionDocuments.RECENT_KEPT, kept.size());
        assertEquals("e99", kept.get(kept.size() - 1), "newest last");
        assertEquals("e" + (100 - InteractionDocuments.RECENT_KEPT), kept.get(0));
        assertEquals(100, store.find("u1", "t1").orElseThrow().plays());
        assertEquals(0, apply(List.of(rec(0, 200, ev("e99", "u1", "t1", ActivityType.PLAY, 1, null, 99)))).applied(), "a recent id is recognised");
        assertEquals(1, apply(List.of(rec(0, 201, ev("e0", "u1", "t1", ActivityType.PLAY, 1, null, 0)))).applied(),
                "an id older than the last 32 events of its document is not (the documented bound)");
    }

    /** Serving's catch-up after a model swap: the users whose interactions were written since an instant, by server time. */
    @Test
    void usersAppliedSinceAnInstantAreThoseWrittenAfterIt() throws InterruptedException {
        // Event times in the past (as a replay sets them) do not matter: the write time does.
        apply(List.of(rec(0, 1, ev("a1", "early", "t1", ActivityType.PLAY, 1, null, 0))));
        Thread.sleep(20); // two distinct write times, milliseconds apart, not a wait for a result
        java.time.Instant between = java.time.Instant.now();
        Thread.sleep(20);
        apply(List.of(rec(0, 2, ev("a2", "late", "t1", ActivityType.PLAY, 1, null, 0)),
                rec(1, 1, ev("a3", "late2", "t2", ActivityType.LIKE, 1, null, 0))));
        assertEquals(java.util.Set.of("late", "late2"), store.usersAppliedSince(between));
        apply(List.of(rec(0, 3, ev("a4", "early", "t9", ActivityType.PLAY, 1, null, 0))));
        assertEquals(java.util.Set.of("early", "late", "late2"), store.usersAppliedSince(between), "a new write counts");
    }

    /** A user's history read through their track list (by _id), and by userId for users without one. */
    @Test
    void historiesComeFromTheTrackListsOrTheUserIdWithout() {
        List<IncomingRecord> batch = stream(120, 23);
        apply(batch);
        Map<String, Interaction> expected = fold(batch);
        Map<String, List<Interaction>> byUser = new java.util.HashMap<>();
        expected.values().forEach(i -> byUser.computeIfAbsent(i.userId(), k -> new ArrayList<>()).add(i));
        Map<String, List<Interaction>> read = store.ofUsers(byUser.keySet());
        assertEquals(byUser.keySet(), read.keySet());
        byUser.forEach((u, list) -> assertEquals(new java.util.HashSet<>(list), new java.util.HashSet<>(read.get(u)), u));
        assertEquals(0, db.getCollection(MongoInteractionStore.INTERACTIONS).countDocuments(
                com.mongodb.client.model.Filters.eq("userId", "nobody")), "precondition");
        assertEquals(List.of(), store.ofUser("nobody"), "an unknown user has no history");

        // Once the lists are complete, a user without one has no interactions: no userId scan. A writer
        // around the store must list its documents (the store's contract), else they are not seen.
        db.getCollection(MongoInteractionStore.INTERACTIONS).insertOne(new org.bson.Document("_id", "outsider|t1").append("userId", "outsider")
                .append("trackId", "t1").append("plays", 4L));
        assertEquals(List.of(), store.ofUser("outsider"));
        // A database whose lists are not complete yet (from before them) still reads such a user by userId.
        db.getCollection(MongoInteractionStore.USER_TRACKS).deleteOne(com.mongodb.client.model.Filters.eq("_id", MongoInteractionStore.LISTS_COMPLETE));
        assertEquals(4L, new MongoInteractionStore(db, "musicrec-interactions").ofUser("outsider").get(0).plays());
    }

    /** A database from before the lists: the first start builds them by one scan, then marks them complete. */
    @Test
    void theListsAreBuiltOnceForOlderDatabases() {
        apply(stream(80, 5));
        db.getCollection(MongoInteractionStore.USER_TRACKS).drop();
        MongoInteractionStore reopened = new MongoInteractionStore(db, "musicrec-interactions");
        reopened.createIndexes();
        org.bson.Document u = db.getCollection(MongoInteractionStore.USER_TRACKS).find().first();
        assertTrue(u != null, "lists rebuilt");
        assertTrue(db.getCollection(MongoInteractionStore.USER_TRACKS).find(com.mongodb.client.model.Filters.eq("_id", MongoInteractionStore.LISTS_COMPLETE)).first() != null);
        Map<String, Interaction> expected = fold(stream(80, 5));
        long listed = db.getCollection(MongoInteractionStore.USER_TRACKS).find().into(new ArrayList<>()).stream()
                .filter(d -> !MongoInteractionStore.LISTS_COMPLETE.equals(d.getString("_id")))
                .mapToLong(d -> d.getList("tracks", Object.class).size()).sum();
        assertEquals(expected.size(), listed, "every interaction document listed once");
    }

    /**
     * Issue 18: an event dated beyond what epoch milliseconds hold (accepted by the API before the
     * door refused it) is dead-lettered once; the records around it are applied, and applying the
     * batch again changes nothing. Before, the whole batch failed the same way on every retry.
     */
    @Test
    void aRecordDatedBeyondEpochMillisIsDeadLetteredAndTheRestApplied() {
        ActivityEvent farFuture = new ActivityEvent("far", "u1", "t1", ActivityType.PLAY, null, 1,
                Instant.parse("+999999999-01-01T00:00:00Z"), null);
        List<IncomingRecord> batch = List.of(
                rec(0, 0, ev("a", "u1", "t1", ActivityType.PLAY, 1, null, 1)),
                rec(0, 1, farFuture),
                rec(0, 2, ev("c", "u1", "t1", ActivityType.LIKE, 1, null, 2)));
        ApplyReport r = apply(batch);
        assertEquals(1, r.rejected());
        assertEquals(1, deadLetters.size());
        assertEquals(1, deadLetters.get(0).record().offset());
        assertTrue(deadLetters.get(0).reason().startsWith("at "), deadLetters.get(0).reason());
        Interaction i = store.find("u1", "t1").orElseThrow();
        assertEquals(1, i.plays());
        assertEquals(1, i.likes(), "the like after the poison record is applied");
        assertEquals(0, apply(batch).applied());
        assertEquals(1, deadLetters.size());
        assertEquals(i, store.find("u1", "t1").orElseThrow());
    }

    /** Sums over a document's events add exactly or not at all: listening time that would wrap is refused before any write. */
    @Test
    void aFoldThatWouldOverflowTheStoredSumsWritesNothing() {
        apply(List.of(rec(0, 0, new ActivityEvent("big", "u1", "t1", ActivityType.PLAY, null, 1,
                Instant.ofEpochSecond(1_700_000_000L), 1000L))));
        db.getCollection(MongoInteractionStore.INTERACTIONS).updateOne(com.mongodb.client.model.Filters.eq("_id", "u1|t1"),
                com.mongodb.client.model.Updates.set("msPlayed", Long.MAX_VALUE - 10));
        Interaction before = store.find("u1", "t1").orElseThrow();
        List<IncomingRecord> next = List.of(rec(0, 1, ev("b", "u1", "t1", ActivityType.PLAY, 1, null, 1)),
                rec(0, 2, ev("c", "u2", "t1", ActivityType.PLAY, 1, null, 1)));
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class, () -> apply(next));
        assertEquals(before, store.find("u1", "t1").orElseThrow(), "no wrapped sum written");
        assertTrue(store.find("u2", "t1").isEmpty(), "nothing of the batch written: the consumer loop then applies its records one by one");
    }
}

package org.musicrec.events.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityEventCodec;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.PoisonRecordException;
import org.musicrec.events.RejectedRecord;
import org.musicrec.platform.kafka.IncomingRecord;

/**
 * Folds batches of activity records into {@code interactions}, exactly once in effect, without
 * transactions (mongo-java-server has none). Two kinds of marks:
 * <ul>
 * <li>{@code consumer_offsets_applied} holds, per group/topic/partition, the highest offset of a batch
 * that was completely written; records at or below it are skipped without reading any document. It is
 * advanced only after every document write of the batch succeeded.</li>
 * <li>each interaction document carries {@code appliedOffsets.<partition>}, the highest offset it has
 * applied, and is written by one conditional upsert per batch whose filter says "nothing of this
 * group is applied yet". A document's events all come from one partition (key = user id) and are
 * applied in offset order, so the mark is exact: every event of that document at or below it has
 * been applied, and none above it.</li>
 * </ul>
 * Why that is exactly once in effect:
 * <ul>
 * <li>Crash between the writes and the offset commit: the batch comes again; records below the
 * partition mark are skipped, and a document already written refuses the same group because its
 * own mark is at or above the group's first offset.</li>
 * <li>Rebalance (even a zombie consumer still writing the partition it lost): both run the same
 * conditional writes, the document accepts a group only if it has applied none of it, so each event
 * lands once whoever gets there first; a refused write is re-read and retried with what is left.</li>
 * <li>Replay of the topic from the start: every record is at or below the partition mark.</li>
 * <li>A re-send of a replayed file (new offsets, same ids): {@code replayMarks.<source>} in the
 * document does for (source, line) what the offset mark does for (partition, offset).</li>
 * <li>A client that sends an event again under the same id (it got a 503 or no answer, but the first
 * send had reached the broker): the document keeps the ids of its latest API events
 * ({@code recentEventIds}, the last 32) and passes over one it has applied.</li>
 * </ul>
 * The conditional filter costs a full collection scan per write on mongo-java-server, which uses
 * its id index only for a query on {@code _id} alone, so each write slows as the collection grows
 * (BENCHMARKS.md). {@link Writes#SINGLE_WRITER} writes by {@code _id} alone and relies
 * on the marks read just before: still exact after a crash, a rebalance or a replay, because those
 * are sequential; it only gives up the zombie case, a consumer still writing a partition it lost
 * (possible only when a batch outlasts {@code max.poll.interval.ms}, 5 minutes by default).
 */
public final class InteractionStore {

    public static final String INTERACTIONS = "interactions";
    public static final String APPLIED_OFFSETS = "consumer_offsets_applied";
    /**
     * {@code {_id: userId, tracks: [trackId...]}}: which interaction documents a user has. A user's
     * history is then two reads by {@code _id} instead of a query on {@code userId}, which
     * mongo-java-server (no secondary indexes) answers by scanning every interaction, far slower than
     * reads by id (BENCHMARKS.md, the fresh-list worker under bulk ingestion), and the scans of the
     * fresh-list worker starved the consumer's writes under load. Anything that writes interaction
     * documents itself must add their tracks here too ({@link #recordUserTracks}).
     */
    public static final String USER_TRACKS = "interaction_users";
    /**
     * Ids per {@code $in} read: on mongo-java-server a read holds the collection's lock, and a read of
     * this many ids is short, so the consumer's writes wait at most that long for a history read
     * (ten times as many held it long enough under load to delay visibility: BENCHMARKS.md).
     */
    private static final int IDS_PER_READ = 500;
    private static final int MAX_ROUNDS = 5;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> interactions;
    private final MongoCollection<Document> marks;
    private final MongoCollection<Document> userTracks;
    private final String groupId;
    private final Writes writes;
    private volatile boolean listsComplete;

    /** How a document write guards against applying an event twice. */
    public enum Writes {
        /** The filter itself checks the marks: exact even with two writers on one partition. */
        CONDITIONAL,
        /** By id alone after reading the marks: exact with one writer per partition at a time. */
        SINGLE_WRITER
    }

    public InteractionStore(MongoDatabase db, String groupId) {
        this(db, groupId, Writes.CONDITIONAL);
    }

    public InteractionStore(MongoDatabase db, String groupId, Writes writes) {
        this.interactions = db.getCollection(INTERACTIONS);
        this.marks = db.getCollection(APPLIED_OFFSETS);
        this.userTracks = db.getCollection(USER_TRACKS);
        this.groupId = groupId;
        this.writes = writes;
    }

    /** Marks {@value #USER_TRACKS} as covering every interaction (a control character: no user id has one). */
    static final String LISTS_COMPLETE = "\u0000complete";

    /**
     * Idempotent, before consuming: the userId index (a real MongoDB's answer to per-user reads), and the
     * per-user track lists, built by one scan when a database from before them has interactions but
     * no lists yet. The completion mark is written last, so a crash during the build builds again.
     */
    public void createIndexes() {
        interactions.createIndex(Indexes.ascending("userId"));
        if (userTracks.find(Filters.eq("_id", LISTS_COMPLETE)).first() != null) {
            return;
        }
        Map<String, java.util.Collection<String>> lists = new LinkedHashMap<>();
        for (Document d : interactions.find().projection(Projections.include("userId", "trackId"))) {
            if (d.getString("userId") != null && d.getString("trackId") != null) {
                lists.computeIfAbsent(d.getString("userId"), u -> new ArrayList<>()).add(d.getString("trackId"));
                if (lists.size() >= 1_000) {
                    recordUserTracks(lists);
                    lists.clear();
                }
            }
        }
        recordUserTracks(lists);
        userTracks.updateOne(Filters.eq("_id", LISTS_COMPLETE), Updates.set("at", new java.util.Date()), new UpdateOptions().upsert(true));
    }

    /**
     * Applies a batch. Poison records are handed to {@code deadLetters} (which must make them durable
     * before returning) before the partition marks move past them. Throws when the store fails; the
     * caller then retries the same records, which is safe.
     */
    public ApplyReport apply(List<IncomingRecord> batch, Consumer<List<RejectedRecord>> deadLetters) {
        Map<String, Long> partitionMarks = readPartitionMarks(batch);
        Map<String, PendingGroup> groups = new LinkedHashMap<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        int below = 0;
        List<IncomingRecord> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparingInt(IncomingRecord::partition).thenComparingLong(IncomingRecord::offset));
        for (IncomingRecord r : ordered) {
            if (r.offset() <= partitionMarks.getOrDefault(markId(r.topic(), r.partition()), -1L)) {
                below++;
                continue;
            }
            ActivityEvent e;
            try {
                e = ActivityEventCodec.decode(r.value()); // checked too: what it returns can be applied
            } catch (PoisonRecordException ex) {
                rejected.add(new RejectedRecord(r, ex.getMessage()));
                continue;
            }
            String id = Interaction.id(e.userId(), e.trackId());
            groups.computeIfAbsent(id + "#" + r.partition(), k -> new PendingGroup(id, e.userId(), e.trackId(), r.partition()))
                    .events.add(new PendingGroup.Positioned(e, r.offset()));
        }
        if (!rejected.isEmpty()) {
            deadLetters.accept(rejected);
        }
        List<Interaction> states = new ArrayList<>();
        int[] tally = writeGroups(new ArrayList<>(groups.values()), states);
        advancePartitionMarks(ordered);
        return new ApplyReport(batch.size(), below, rejected.size(), tally[0], tally[1], tally[2], tally[3], states);
    }

    /**
     * Returns {applied, alreadyApplied, documentsWritten, rounds}; adds to {@code states} what each
     * written document holds now: the document as read just before its write with the events folded in
     * ({@link InteractionFolding}, the same arithmetic as the update), so serving need not read it back.
     * Throws {@code ArithmeticException}, before the round's writes, when a sum would wrap.
     */
    private int[] writeGroups(List<PendingGroup> pending, List<Interaction> states) {
        int total = pending.stream().mapToInt(g -> g.events.size()).sum();
        int applied = 0;
        int written = 0;
        int round = 0;
        while (!pending.isEmpty()) {
            if (++round > MAX_ROUNDS) {
                throw new IllegalStateException(pending.size() + " interaction writes still refused after "
                        + MAX_ROUNDS + " rounds (another consumer writing the same partition?)");
            }
            Map<String, Document> current = readDocuments(pending);
            List<PendingGroup> sent = new ArrayList<>();
            List<List<PendingGroup.Positioned>> todos = new ArrayList<>();
            List<Interaction> after = new ArrayList<>();
            List<WriteModel<Document>> ops = new ArrayList<>();
            for (PendingGroup g : pending) {
                Document before = current.get(g.id);
                List<PendingGroup.Positioned> todo = g.unapplied(before);
                if (todo.isEmpty()) {
                    continue;
                }
                // Folded before anything of the round is written: a sum that would wrap throws here,
                // and the round writes nothing rather than a wrapped count.
                Interaction state = before == null ? Interaction.empty(g.userId, g.trackId) : InteractionDocuments.toInteraction(before);
                for (PendingGroup.Positioned p : todo) {
                    state = InteractionFolding.apply(state, p.event());
                }
                Bson[] w = g.write(todo);
                Bson filter = writes == Writes.CONDITIONAL ? w[0] : Filters.eq("_id", g.id);
                ops.add(new UpdateOneModel<>(filter, w[1], new UpdateOptions().upsert(true)));
                sent.add(g);
                todos.add(todo);
                after.add(state);
            }
            listNewDocuments(sent, current);
            List<PendingGroup> refused = new ArrayList<>();
            if (!ops.isEmpty()) {
                for (int i : bulkWrite(ops)) {
                    refused.add(sent.get(i));
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                PendingGroup g = sent.get(i);
                if (!refused.contains(g)) {
                    applied += todos.get(i).size();
                    written++;
                    states.add(after.get(i));
                }
            }
            pending = refused;
        }
        // Every event ends applied here or found applied already (or the method threw).
        return new int[] {applied, total - applied, written, round};
    }

    /**
     * Adds the tracks of documents about to be created to their users' lists, before the documents: a
     * track listed whose document is not written yet reads as nothing, and a batch retried after a
     * crash lists it again (idempotent), so a list never misses a document. A document that exists is
     * listed already (by this, by {@link #createIndexes} for older databases, or by whoever wrote it
     * around the store), so a listener playing their usual tracks costs no list write.
     */
    private void listNewDocuments(List<PendingGroup> sent, Map<String, Document> current) {
        Map<String, java.util.Collection<String>> created = new LinkedHashMap<>();
        for (PendingGroup g : sent) {
            if (!current.containsKey(g.id)) {
                created.computeIfAbsent(g.userId, u -> new java.util.LinkedHashSet<>()).add(g.trackId);
            }
        }
        recordUserTracks(created);
    }

    /**
     * Unordered bulk; returns the indexes of refused writes. An upsert whose condition fails on an
     * existing document tries to insert a second document with the same id: the duplicate-key error is
     * the "someone applied part of this meanwhile" answer, re-read and retried by the caller.
     */
    private List<Integer> bulkWrite(List<WriteModel<Document>> ops) {
        try {
            interactions.bulkWrite(ops, new BulkWriteOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Integer> refused = new ArrayList<>();
            for (BulkWriteError err : e.getWriteErrors()) {
                if (err.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(err.getIndex());
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            return refused;
        }
    }

    private Map<String, Document> readDocuments(List<PendingGroup> groups) {
        List<String> ids = groups.stream().map(g -> g.id).distinct().toList();
        Map<String, Document> out = new HashMap<>();
        // Whole documents (marks and counts): the counts give the state after the write.
        for (Document d : interactions.find(Filters.in("_id", ids))) {
            out.put(d.getString("_id"), d);
        }
        return out;
    }

    private Map<String, Long> readPartitionMarks(List<IncomingRecord> batch) {
        List<String> ids = batch.stream().map(r -> markId(r.topic(), r.partition())).distinct().toList();
        Map<String, Long> out = new HashMap<>();
        for (Document d : marks.find(Filters.in("_id", ids))) {
            out.put(d.getString("_id"), ((Number) d.get("offset")).longValue());
        }
        return out;
    }

    /** Only after every document write succeeded: a mark promises that everything below it is applied. */
    private void advancePartitionMarks(List<IncomingRecord> ordered) {
        Map<String, IncomingRecord> last = new LinkedHashMap<>();
        ordered.forEach(r -> last.put(markId(r.topic(), r.partition()), r));
        List<WriteModel<Document>> ops = new ArrayList<>();
        last.forEach((id, r) -> ops.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(
                Updates.max("offset", r.offset()), Updates.setOnInsert("group", groupId),
                Updates.setOnInsert("topic", r.topic()), Updates.setOnInsert("partition", r.partition())),
                new UpdateOptions().upsert(true))));
        if (!ops.isEmpty()) {
            marks.bulkWrite(ops, new BulkWriteOptions().ordered(false));
        }
    }

    private String markId(String topic, int partition) {
        return groupId + "/" + topic + "/" + partition;
    }

    public Optional<Interaction> find(String userId, String trackId) {
        return Optional.ofNullable(interactions.find(Filters.eq("_id", Interaction.id(userId, trackId))).first())
                .map(InteractionDocuments::toInteraction);
    }

    /** Adds {@code tracks} to each user's list in {@value #USER_TRACKS} (idempotent). */
    public void recordUserTracks(Map<String, ? extends java.util.Collection<String>> tracksByUser) {
        List<WriteModel<Document>> ops = new ArrayList<>();
        tracksByUser.forEach((user, tracks) -> ops.add(new UpdateOneModel<>(Filters.eq("_id", user),
                Updates.addEachToSet("tracks", new ArrayList<>(tracks)), new UpdateOptions().upsert(true))));
        if (!ops.isEmpty()) {
            userTracks.bulkWrite(ops, new BulkWriteOptions().ordered(false));
        }
    }

    /** Every interaction of one user. */
    public List<Interaction> ofUser(String userId) {
        return ofUsers(List.of(userId)).getOrDefault(userId, List.of());
    }

    /**
     * Every interaction of these users: their track lists, then their documents, both by {@code _id}.
     * Users without a list are read by {@code userId} in one query only while the lists are not known
     * to be complete (a database from before them, until {@link #createIndexes} has built them): once
     * they are, a user without a list has no interactions. That query is a scan of the whole
     * collection on mongo-java-server (no secondary indexes), and every listener asking before their
     * first event, or any id a client makes up, would cost one, far more than a known listener's read
     * and growing with the collection (BENCHMARKS.md, `bench/history-read.sh`).
     */
    public Map<String, List<Interaction>> ofUsers(java.util.Collection<String> userIds) {
        Map<String, List<Interaction>> out = new java.util.HashMap<>();
        java.util.Set<String> unlisted = new java.util.LinkedHashSet<>(userIds);
        List<String> ids = new ArrayList<>();
        for (List<String> users : chunks(new ArrayList<>(unlisted))) {
            for (Document d : userTracks.find(Filters.in("_id", users))) {
                String user = d.getString("_id");
                unlisted.remove(user);
                for (Object t : d.getList("tracks", Object.class, List.of())) {
                    ids.add(Interaction.id(user, String.valueOf(t)));
                }
            }
        }
        for (List<String> chunk : chunks(ids)) {
            interactions.find(Filters.in("_id", chunk)).forEach(d -> add(out, d));
        }
        if (!unlisted.isEmpty() && !listsComplete()) {
            interactions.find(Filters.in("userId", unlisted)).forEach(d -> add(out, d));
        }
        return out;
    }

    private static void add(Map<String, List<Interaction>> out, Document d) {
        out.computeIfAbsent(d.getString("userId"), k -> new ArrayList<>()).add(InteractionDocuments.toInteraction(d));
    }

    /** Whether the lists cover every interaction; once true it stays true (the mark is never removed). */
    private boolean listsComplete() {
        if (!listsComplete) {
            listsComplete = userTracks.find(Filters.eq("_id", LISTS_COMPLETE)).first() != null;
        }
        return listsComplete;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_READ) {
            out.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_READ)));
        }
        return out;
    }

    /** The users with an interaction applied at or after {@code since} (server time of the write). */
    public java.util.Set<String> usersAppliedSince(java.time.Instant since) {
        java.util.Set<String> users = new java.util.HashSet<>();
        interactions.find(Filters.gte(InteractionDocuments.APPLIED_AT, java.util.Date.from(since)))
                .projection(Projections.include("userId")).forEach(d -> users.add(d.getString("userId")));
        return users;
    }

    public long count() {
        return interactions.countDocuments();
    }
}

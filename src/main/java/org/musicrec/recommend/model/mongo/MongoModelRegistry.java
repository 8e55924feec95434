package org.musicrec.recommend.model.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.ModelVersions;
import org.musicrec.recommend.model.UserTopList;

/** Model versions in the collections the package comment names. */
public final class MongoModelRegistry implements ModelVersions {
    public static final String MODELS = "als_models";
    public static final String DATA = "als_model_data";
    public static final String USER_RECS = "als_user_recs";
    public static final String ACTIVE = "als_active";
    private static final String COUNTERS = "counters";
    /** Well under MongoDB's 16 MB document limit. */
    static final int CHUNK_BYTES = 8 << 20;

    private final MongoDatabase db;

    public MongoModelRegistry(MongoDatabase db) {
        this.db = db;
    }

    private MongoCollection<Document> models() {
        return db.getCollection(MODELS);
    }

    @Override
    public int versionFor(String modelId) {
        Document existing = models().find(Filters.eq("_id", modelId)).first();
        if (existing != null && existing.get("version") instanceof Number n) {
            return n.intValue();
        }
        Document c = db.getCollection(COUNTERS).findOneAndUpdate(Filters.eq("_id", MODELS), Updates.inc("seq", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) c.get("seq")).intValue();
    }

    /** Writes the artifact's chunks, replacing any left by an earlier attempt. */
    @Override
    public void storeArtifact(String modelId, ModelArtifact artifact) throws IOException {
        byte[] bytes = artifact.toBytes();
        MongoCollection<Document> data = db.getCollection(DATA);
        int chunks = Math.max(1, (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int n = 0; n < chunks; n++) {
            byte[] part = Arrays.copyOfRange(bytes, n * CHUNK_BYTES, Math.min(bytes.length, (n + 1) * CHUNK_BYTES));
            data.replaceOne(Filters.eq("_id", modelId + "/" + n),
                    new Document("_id", modelId + "/" + n).append("model", modelId).append("n", n).append("data", new Binary(part)),
                    new ReplaceOptions().upsert(true));
        }
        // Chunks beyond the count belong to an earlier, larger attempt.
        data.deleteMany(Filters.and(Filters.eq("model", modelId), Filters.gte("n", chunks)));
    }

    @Override
    public void storeUserLists(String modelId, List<UserTopList> lists) {
        List<Document> docs = new ArrayList<>(lists.size());
        for (UserTopList l : lists) {
            docs.add(userListDocument(modelId, l.userId(), l.items(), l.scores()).append("reasons", l.reasons()));
        }
        storeUserLists(docs);
    }

    /** Stores list documents as {@link #userListDocument} shapes them (fixtures and benchmarks write them so). */
    public void storeUserLists(List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        List<com.mongodb.client.model.WriteModel<Document>> writes = new ArrayList<>();
        for (Document d : docs) {
            writes.add(new com.mongodb.client.model.ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, new ReplaceOptions().upsert(true)));
        }
        db.getCollection(USER_RECS).bulkWrite(writes);
    }

    public static Document userListDocument(String modelId, String userId, List<String> items, List<Double> scores) {
        return new Document("_id", modelId + "|" + userId).append("model", modelId).append("userId", userId)
                .append("items", items).append("scores", scores);
    }

    @Override
    public Optional<UserTopList> userList(String modelId, String userId) {
        return Optional.ofNullable(db.getCollection(USER_RECS).find(Filters.eq("_id", modelId + "|" + userId)).first())
                .map(d -> new UserTopList(userId, d.getList("items", String.class), d.getList("scores", Double.class),
                        d.getList("reasons", String.class, List.of())));
    }

    @Override
    public void storeMetadata(Document model) {
        models().replaceOne(Filters.eq("_id", model.get("_id")), model, new ReplaceOptions().upsert(true));
    }

    /** One single-document write. */
    @Override
    public void activate(String modelId, int version) {
        db.getCollection(ACTIVE).replaceOne(Filters.eq("_id", "active"),
                new Document("_id", "active").append("model", modelId).append("version", version).append("at", new java.util.Date()),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<String> activeModelId() {
        Document a = db.getCollection(ACTIVE).find(Filters.eq("_id", "active")).first();
        return a == null ? Optional.empty() : Optional.ofNullable(a.getString("model"));
    }

    @Override
    public List<Document> list() {
        List<Document> out = new ArrayList<>();
        models().find().sort(Sorts.descending("version")).into(out);
        return out;
    }

    @Override
    public Optional<Document> byVersion(int version) {
        return Optional.ofNullable(models().find(Filters.eq("version", version)).first());
    }

    @Override
    public Optional<Document> byId(String modelId) {
        return Optional.ofNullable(models().find(Filters.eq("_id", modelId)).first());
    }

    @Override
    public ModelArtifact loadArtifact(String modelId) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int expected = 0;
        for (Document d : db.getCollection(DATA).find(Filters.eq("model", modelId)).sort(Sorts.ascending("n"))) {
            if (((Number) d.get("n")).intValue() != expected++) {
                throw new IOException("model " + modelId + ": chunk " + (expected - 1) + " is missing");
            }
            bytes.write(((Binary) d.get("data")).getData());
        }
        if (expected == 0) {
            throw new IOException("model " + modelId + " has no stored data");
        }
        return ModelArtifact.fromBytes(bytes.toByteArray());
    }
}

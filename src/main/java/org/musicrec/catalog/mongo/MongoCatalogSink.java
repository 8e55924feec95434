package org.musicrec.catalog.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.CatalogSink;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.Track;

/**
 * Writes the catalogue with the plain MongoDB sync driver. Per batch: an unordered
 * {@code insertMany}, then, for the documents whose id already existed (duplicate key), an
 * unordered bulk of {@code updateOne(_id, $set: fields, upsert)}. A {@code $set} rather than a
 * replace, so that a re-import keeps what later stages added to a track (audio path, features, PCA
 * coordinates) and files describing the same entity (genres.csv and raw_genres.csv) merge instead
 * of overwriting; inserts for new ids because the embedded server applies a {@code $set} field by
 * field, which is much slower than an insert (BENCHMARKS.md); and no "which ids exist" query first,
 * as the embedded server answers {@code $in} on {@code _id} by scanning the collection. Problems go to {@code job_problems} as
 * {@code {job, file, line, reason, at}}.
 */
public final class MongoCatalogSink implements CatalogSink {
    public static final String PROBLEMS = "job_problems";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final InsertManyOptions UNORDERED_INSERT = new InsertManyOptions().ordered(false);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoDatabase database;
    private final String job;

    /** @param job recorded with each problem, e.g. the batch execution id or {@code cli-<time>} */
    public MongoCatalogSink(MongoDatabase database, String job) {
        this.database = database;
        this.job = job;
    }

    @Override
    public void upsertGenres(List<Genre> genres) {
        upsert(CatalogKind.GENRES, genres, CatalogDocuments::genre);
    }

    @Override
    public void upsertArtists(List<Artist> artists) {
        upsert(CatalogKind.ARTISTS, artists, CatalogDocuments::artist);
    }

    @Override
    public void upsertAlbums(List<Album> albums) {
        upsert(CatalogKind.ALBUMS, albums, CatalogDocuments::album);
    }

    @Override
    public void upsertTracks(List<Track> tracks) {
        upsert(CatalogKind.TRACKS, tracks, CatalogDocuments::track);
    }

    private <T> void upsert(CatalogKind kind, List<T> entities, Function<T, Document> toDocument) {
        if (entities.isEmpty()) {
            return;
        }
        // One document per id: a batch may carry an entity twice (a file listing an id twice).
        Map<Object, Document> byId = new LinkedHashMap<>();
        for (T entity : entities) {
            Document d = toDocument.apply(entity);
            byId.merge(d.get(CatalogDocuments.ID), d, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
        MongoCollection<Document> collection = collection(kind);
        List<Document> inserts = new ArrayList<>(byId.values());
        List<Document> updates = new ArrayList<>();
        try {
            collection.insertMany(inserts, UNORDERED_INSERT);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                updates.add(inserts.get(error.getIndex()));
            }
        }
        if (!updates.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(updates.size());
            for (Document d : updates) {
                Document fields = new Document(d);
                Object id = fields.remove(CatalogDocuments.ID);
                writes.add(new UpdateOneModel<>(Filters.eq(CatalogDocuments.ID, id), new Document("$set", fields), UPSERT));
            }
            collection.bulkWrite(writes, UNORDERED);
        }
    }

    @Override
    public void recordProblem(String file, long line, String reason) {
        database.getCollection(PROBLEMS).insertOne(new Document("job", job).append("file", file)
                .append("line", line).append("reason", reason).append("at", new Date()));
    }

    private MongoCollection<Document> collection(CatalogKind kind) {
        return database.getCollection(kind.collection());
    }
}

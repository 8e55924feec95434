package org.musicrec.catalog.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.musicrec.catalog.PlaceholderTracks;
import org.musicrec.catalog.TrackKeys;

/**
 * Placeholder tracks as {@code tracks} documents with {@code placeholder: true}. Idempotent: an
 * upsert by id that only sets fields on insert, so a catalogue track (or a placeholder made earlier,
 * perhaps completed since by a catalogue import) is never overwritten, and a chunk replayed after a
 * restart creates nothing twice.
 */
public final class MongoPlaceholderTracks implements PlaceholderTracks {

    static final String TRACKS = "tracks";

    private final MongoCollection<Document> tracks;

    public MongoPlaceholderTracks(MongoDatabase db) {
        this.tracks = db.getCollection(TRACKS);
    }

    @Override
    public int ensure(Collection<String> trackIds, Function<String, Optional<String>> titles) {
        Set<String> wanted = new LinkedHashSet<>(trackIds);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> present = new HashSet<>();
        // One lookup by _id for the whole chunk: most ids repeat across chunks, so most upserts are avoided.
        for (Document d : tracks.find(Filters.in("_id", wanted.stream().map(TrackKeys::documentId).toList()))
                .projection(Projections.include("_id"))) {
            present.add(TrackKeys.trackId(d.get("_id")));
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String id : wanted) {
            if (!present.contains(id)) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", TrackKeys.documentId(id)),
                        Updates.combine(Updates.setOnInsert("placeholder", true),
                                Updates.setOnInsert("title", titles.apply(id).orElse(id)),
                                Updates.setOnInsert("source", source(id))),
                        new UpdateOptions().upsert(true)));
            }
        }
        if (writes.isEmpty()) {
            return 0;
        }
        return tracks.bulkWrite(writes).getUpserts().size();
    }

    /** The namespace of a replayed id ({@code lastfm} of {@code lastfm:51}), or {@code catalog} for bare ids. */
    static String source(String trackId) {
        int colon = trackId.indexOf(':');
        return colon > 0 ? trackId.substring(0, colon) : "catalog";
    }
}

package org.musicrec.catalog.query;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.catalog.TrackKeys;
import org.musicrec.platform.memory.BoundedLruMap;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Answers which of some track ids the catalogue ({@code tracks}) does not hold, for the events API.
 * Ids missing from a small LRU cache of known ids are looked up in one query by {@code _id} (an
 * {@code $in}, which every Mongo answers from the id index). Only known ids are cached: a track
 * imported a moment ago is found on the next request; a track deleted from the catalogue stays
 * accepted until it falls out of the cache. Placeholder tracks count as known.
 */
@ApplicationScoped
public class KnownTracks {

    @Inject
    MongoClientHolder mongo;

    @Inject
    @ConfigProperty(name = "musicrec.events.known-tracks-cache", defaultValue = "100000")
    int cacheSize;

    private BoundedLruMap<String, Boolean> known;

    @PostConstruct
    void init() {
        known = new BoundedLruMap<>(Math.max(0, cacheSize));
    }

    /** The ids among {@code trackIds} that name no track document; throws when the store is unreachable. */
    public Set<String> unknown(Collection<String> trackIds) {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : trackIds) {
            if (known.get(id) == null) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return missing;
        }
        List<Object> keys = missing.stream().map(TrackKeys::documentId).toList();
        Set<String> found = new LinkedHashSet<>();
        for (Document d : mongo.database().getCollection("tracks").find(Filters.in("_id", keys))
                .projection(Projections.include("_id"))) {
            found.add(TrackKeys.trackId(d.get("_id")));
        }
        found.forEach(id -> known.put(id, Boolean.TRUE));
        missing.removeAll(found);
        return missing;
    }

    /** Ids held in the cache (for tests and metrics). */
    int cached() {
        return known.size();
    }
}

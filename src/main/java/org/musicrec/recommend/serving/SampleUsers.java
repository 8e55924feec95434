package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * The listeners with the most interactions, for the page's picker: one aggregation over
 * {@code interactions}, cached for a minute (it scans the collection).
 */
@ApplicationScoped
public class SampleUsers {
    private static final long TTL_MILLIS = 60_000;

    public record Sample(String userId, long interactions) {
    }

    @Inject
    MongoClientHolder mongo;

    private volatile List<Sample> cached = List.of();
    private volatile int cachedN;
    private volatile long cachedAt;

    public List<Sample> top(int n) {
        if (System.currentTimeMillis() - cachedAt < TTL_MILLIS && cachedN >= n && !cached.isEmpty()) {
            return cached.subList(0, Math.min(n, cached.size()));
        }
        List<Sample> out = new ArrayList<>();
        for (Document d : mongo.database().getCollection(MongoInteractionStore.INTERACTIONS).aggregate(List.of(
                new Document("$group", new Document("_id", "$userId").append("n", new Document("$sum", 1))),
                new Document("$sort", new Document("n", -1).append("_id", 1)),
                new Document("$limit", n)))) {
            if (d.get("_id") instanceof String id) {
                out.add(new Sample(id, ((Number) d.get("n")).longValue()));
            }
        }
        cached = List.copyOf(out);
        cachedN = n;
        cachedAt = System.currentTimeMillis();
        return cached;
    }
}

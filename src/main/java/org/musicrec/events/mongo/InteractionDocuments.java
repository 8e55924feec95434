package org.musicrec.events.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionDelta;

/**
 * The shape of an {@code interactions} document: {@code _id = userId|trackId}, the counts, {@code score}
 * (the weight before its floor at 0, kept so queries can select {@code score > 0}), {@code weight} is
 * computed on read; {@code appliedOffsets.<partition>} and {@code replayMarks.<source>} are the marks
 * that make a write conditional (see {@link MongoInteractionStore}); {@code recentEventIds} recognises an
 * event a client sent again under the same id (a new record, so no offset mark can).
 */
final class InteractionDocuments {

    static final String OFFSETS = "appliedOffsets";
    static final String REPLAYS = "replayMarks";
    /** The ids of the document's latest API events, newest last, at most {@link #RECENT_KEPT}. */
    static final String RECENT = "recentEventIds";
    static final String APPLIED_AT = "appliedAt";
    /**
     * A client retries an unanswered or refused event within seconds (the 503's Retry-After); fewer
     * than this many other events of the same user and track in between is the realistic case.
     */
    static final int RECENT_KEPT = 32;

    private InteractionDocuments() {
    }

    /** The conditional update of one group: counts by $inc, times by $min/$max, marks by $max. */
    static Bson update(String userId, String trackId, InteractionDelta d, int partition, long maxOffset,
                       Map<String, Long> maxLines, List<String> eventIds) {
        List<Bson> u = new ArrayList<>();
        u.add(Updates.setOnInsert("userId", userId));
        u.add(Updates.setOnInsert("trackId", trackId));
        u.add(Updates.inc("plays", d.plays()));
        u.add(Updates.inc("skips", d.skips()));
        u.add(Updates.inc("completes", d.completes()));
        u.add(Updates.inc("likes", d.likes()));
        u.add(Updates.inc("dislikes", d.dislikes()));
        u.add(Updates.inc("score", d.score()));
        u.add(Updates.inc("msPlayed", d.msPlayed()));
        u.add(Updates.inc("events", d.events()));
        u.add(Updates.min("firstAt", Date.from(d.firstAt())));
        u.add(Updates.max("lastAt", Date.from(d.lastAt())));
        // When the server applied it (lastAt is the event's own time, which a replay sets in the past).
        u.add(Updates.max(APPLIED_AT, new Date()));
        if (d.rating() != null) {
            u.add(Updates.set("rating", d.rating()));
        }
        u.add(Updates.max(OFFSETS + "." + partition, maxOffset));
        maxLines.forEach((source, line) -> u.add(Updates.max(REPLAYS + "." + source, line)));
        if (!eventIds.isEmpty()) {
            u.add(Updates.pushEach(RECENT, eventIds, new PushOptions().slice(-RECENT_KEPT)));
        }
        return Updates.combine(u);
    }

    /** True when the document has applied nothing at or above these positions (or has no mark at all). */
    static Bson condition(String id, int partition, long minOffset, Map<String, Long> minLines) {
        BsonArray all = new BsonArray();
        all.add(below(OFFSETS + "." + partition, minOffset).toBsonDocument());
        minLines.forEach((source, line) -> all.add(below(REPLAYS + "." + source, line).toBsonDocument()));
        // _id at the top level keeps the id an equality an upsert can take for the new document; the
        // marks sit in $and because a document may need several $or clauses (offset and replay marks).
        return new BsonDocument("_id", new BsonString(id)).append("$and", all);
    }

    private static Bson below(String field, long value) {
        return Filters.or(Filters.lt(field, value), Filters.exists(field, false));
    }

    /** The ids of the latest API events the document has applied. */
    static Set<String> recentEventIds(Document doc) {
        Set<String> ids = new HashSet<>();
        if (doc != null && doc.get(RECENT) instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id)));
        }
        return ids;
    }

    static long mark(Document doc, String map, String key) {
        if (doc == null || !(doc.get(map) instanceof Document marks) || !(marks.get(key) instanceof Number n)) {
            return -1;
        }
        return n.longValue();
    }

    static Interaction toInteraction(Document d) {
        return new Interaction(d.getString("userId"), d.getString("trackId"), num(d, "plays"), num(d, "skips"),
                num(d, "completes"), num(d, "likes"), num(d, "dislikes"),
                d.get("rating") instanceof Number r ? r.intValue() : null,
                d.getDate("firstAt") == null ? null : d.getDate("firstAt").toInstant(),
                d.getDate("lastAt") == null ? null : d.getDate("lastAt").toInstant(),
                num(d, "msPlayed"), num(d, "events"));
    }

    private static long num(Document d, String field) {
        return d.get(field) instanceof Number n ? n.longValue() : 0;
    }
}

package org.musicrec.events.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * that make a write conditional (see {@link InteractionStore}).
 */
final class InteractionDocuments {

    static final String OFFSETS = "appliedOffsets";
    static final String REPLAYS = "replayMarks";

    private InteractionDocuments() {
    }

    /** The conditional update of one group: counts by $inc, times by $min/$max, marks by $max. */
    static Bson update(String userId, String trackId, InteractionDelta d, int partition, long maxOffset,
                       Map<String, Long> maxLines) {
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
        if (d.rating() != null) {
            u.add(Updates.set("rating", d.rating()));
        }
        u.add(Updates.max(OFFSETS + "." + partition, maxOffset));
        maxLines.forEach((source, line) -> u.add(Updates.max(REPLAYS + "." + source, line)));
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

package org.musicrec.events;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.musicrec.platform.json.JsonFactories;

/**
 * Reads an event back from its topic form and checks that the consumers can apply it
 * ({@link EventRules#applicable}); anything else is a {@link PoisonRecordException} naming why.
 * Numbers are taken exactly: a count written as 2^32 + 1 is refused, not read as 1.
 */
public final class ActivityEventCodec {

    private ActivityEventCodec() {
    }

    public static ActivityEvent decode(String json) {
        if (json == null) {
            throw new PoisonRecordException("empty record value");
        }
        ActivityEvent e;
        try (JsonReader r = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            ActivityType type = ActivityType.parse(o.getString("type", ""))
                    .orElseThrow(() -> new PoisonRecordException("type is unknown: " + o.get("type")));
            Long rating = whole(o, "rating");
            Long count = whole(o, "count");
            e = new ActivityEvent(o.getString("eventId"), o.getString("userId"), o.getString("trackId"), type,
                    rating == null ? null : exactInt(rating, "rating"), count == null ? 1 : exactInt(count, "count"),
                    Instant.parse(o.getString("at")), whole(o, "msPlayed"));
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e1) {
            throw new PoisonRecordException("malformed event: " + e1.getMessage());
        }
        return EventRules.requireApplicable(e);
    }

    /** An optional whole number that fits a long, exactly; null when absent or null. */
    private static Long whole(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw new PoisonRecordException(field + " must be a whole number, got " + v);
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException ex) {
            throw new PoisonRecordException(field + " is out of range: " + v);
        }
    }

    private static int exactInt(long v, String field) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new PoisonRecordException(field + " is out of range: " + v);
        }
        return (int) v;
    }
}

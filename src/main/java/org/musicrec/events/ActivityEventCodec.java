package org.musicrec.events;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.musicrec.platform.json.JsonFactories;

/** Reads an event back from its topic form; anything malformed is a {@link PoisonRecordException} naming why. */
public final class ActivityEventCodec {

    private ActivityEventCodec() {
    }

    public static ActivityEvent decode(String json) {
        if (json == null) {
            throw new PoisonRecordException("empty record value");
        }
        try (JsonReader r = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            ActivityType type = ActivityType.parse(o.getString("type", ""))
                    .orElseThrow(() -> new PoisonRecordException("unknown type " + o.get("type")));
            Integer rating = o.containsKey("rating") && !o.isNull("rating") ? o.getInt("rating") : null;
            Long ms = o.get("msPlayed") instanceof JsonNumber n ? n.longValue() : null;
            return new ActivityEvent(o.getString("eventId"), o.getString("userId"), o.getString("trackId"), type,
                    rating, o.getInt("count", 1), Instant.parse(o.getString("at")), ms);
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new PoisonRecordException("malformed event: " + e.getMessage());
        }
    }
}

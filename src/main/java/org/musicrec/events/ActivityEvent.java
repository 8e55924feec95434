package org.musicrec.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Objects;
import org.musicrec.platform.json.JsonFactories;

/**
 * One listener action, complete and validated: the unit that travels on the activity topic.
 * {@code count} summarises a history (12 plays as one event); {@code rating} is set for RATE only.
 */
public record ActivityEvent(String eventId, String userId, String trackId, ActivityType type,
                            Integer rating, int count, Instant at, Long msPlayed) {

    public ActivityEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = JsonFactories.BUILDERS.createObjectBuilder()
                .add("eventId", eventId).add("userId", userId).add("trackId", trackId)
                .add("type", type.wireName()).add("count", count).add("at", at.toString());
        if (rating != null) {
            b.add("rating", rating);
        }
        if (msPlayed != null) {
            b.add("msPlayed", msPlayed);
        }
        return b.build();
    }
}

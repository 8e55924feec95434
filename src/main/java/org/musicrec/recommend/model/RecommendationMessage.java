package org.musicrec.recommend.model;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.musicrec.platform.json.JsonFactories;

/**
 * The value published on the {@code recommendations} topic (keyed by user) whenever a user's list
 * changes: {@code {userId, items: [{trackId, score}], modelVersion, strategy, at}}. The model
 * version lets consumers tell a repeat (a restarted store step publishes again) from a change.
 */
public final class RecommendationMessage {
    /** {@code Json.create...} looks the provider up on every call (most of a request's time). */
    private static final JsonBuilderFactory JSON = JsonFactories.BUILDERS;
    private RecommendationMessage() {
    }

    public static String json(String userId, List<RankedItem> items, Integer modelVersion, String strategy, Instant at) {
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        items.forEach(i -> arr.add(JSON.createObjectBuilder().add("trackId", i.trackId()).add("score", i.score())));
        JsonObjectBuilder b = JSON.createObjectBuilder().add("userId", userId).add("items", arr).add("strategy", strategy)
                .add("at", at.toString());
        if (modelVersion == null) {
            b.addNull("modelVersion");
        } else {
            b.add("modelVersion", modelVersion);
        }
        return b.build().toString();
    }
}

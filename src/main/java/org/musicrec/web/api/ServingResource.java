package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.annotation.security.RolesAllowed;
import org.musicrec.platform.security.CallerAuthentication;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.events.Interaction;
import org.musicrec.recommend.serving.CatalogView;
import org.musicrec.recommend.serving.Recommender;
import org.musicrec.recommend.serving.SampleUsers;
import org.musicrec.recommend.serving.TrackInfo;

/**
 * Recommendations for listeners and tracks: a user's list (genre filter with sub-genres), the
 * cold-start list for explicit picks, similar tracks, a user's history and top genres, and sample
 * users for the page. Every answer is read from memory (see org.musicrec.recommend.serving).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ServingResource {
    /** One factory for the process: {@code Json.create...} looks the provider up on every call (most of a request's time). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);
    static final int MAX_PICKS = 50;
    static final int MAX_ID_CHARS = 128;
    /**
     * User and track ids are data, never query syntax (every lookup is an equality on a value), so
     * any text goes but control characters and '/' (ids travel in URL paths); the events API
     * enforces the same rule, so every id it accepts can be asked about here.
     */
    static final String ID_PATTERN = "[^/\\p{Cntrl}]*";
    static final String ID_RULE = "must be 1-128 characters without '/' or control characters";

    @Inject
    Recommender recommender;

    @Inject
    RecommendationJson json;

    @Inject
    CatalogView catalog;

    @Inject
    SampleUsers samples;

    @GET
    @Path("users/{userId}/recommendations")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "A listener's recommendations (played tracks excluded; genre by id or name, sub-genres included)")
    public JsonObject recommendations(@PathParam("userId") String userId, @QueryParam("n") @DefaultValue("10") String n,
                                      @QueryParam("genre") String genre) {
        return json.answer(recommender.forUser(id("userId", userId), CatalogResource.number("n", n, 1, Recommender.MAX_N), genre(genre)));
    }

    @POST
    @Path("recommendations/cold-start")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A cold-start list for a new listener's picks: {genres: [id or name], tracks: [id], n}")
    public JsonObject coldStart(JsonObject body) {
        if (body == null) {
            throw new BadRequestException("a JSON object {genres, tracks, n} is required");
        }
        List<Integer> genres = new ArrayList<>();
        for (String g : strings(body, "genres")) {
            genres.add(genre(g));
        }
        List<String> tracks = new ArrayList<>();
        for (String t : strings(body, "tracks")) {
            tracks.add(id("tracks[]", t));
        }
        if (genres.isEmpty() && tracks.isEmpty()) {
            throw new ValidationProblemException(List.of(new Problem.FieldError("genres", "pick at least one genre or track")));
        }
        int n = body.containsKey("n") ? CatalogResource.number("n", body.get("n").toString(), 1, Recommender.MAX_N) : 10;
        return json.answer(recommender.coldStart(tracks, genres, n));
    }

    @GET
    @Path("tracks/{id}/similar")
    @Operation(summary = "Neighbours of a track in the audio (PCA) space, the item-factor space, or blended")
    public JsonObject similar(@PathParam("id") String id, @QueryParam("n") @DefaultValue("10") String n,
                              @QueryParam("by") @DefaultValue("hybrid") String by) {
        if (!Set.of("audio", "cf", "hybrid").contains(by)) {
            throw new BadRequestException("by must be audio, cf or hybrid, got '" + by + "'");
        }
        String track = id("id", id);
        return JSON.createObjectBuilder().add("trackId", track).add("by", by)
                .add("items", json.items(recommender.similar(track, CatalogResource.number("n", n, 1, Recommender.MAX_N), by))).build();
    }

    @GET
    @Path("users/{userId}/history")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "A listener's interactions (most recent first) and their top genres by weight")
    public JsonObject history(@PathParam("userId") String userId, @QueryParam("limit") @DefaultValue("20") String limit) {
        int max = CatalogResource.number("limit", limit, 1, 200);
        List<Interaction> all = new ArrayList<>(recommender.interactions(id("userId", userId)));
        all.sort(Comparator.comparing((Interaction i) -> i.lastAt() == null ? java.time.Instant.EPOCH : i.lastAt()).reversed());
        CatalogView.Snapshot cat = catalog.get();
        Map<String, Double> genreWeight = new HashMap<>();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (int k = 0; k < all.size(); k++) {
            Interaction i = all.get(k);
            TrackInfo t = cat.track(i.trackId());
            for (String g : t.genres()) {
                genreWeight.merge(g, (double) i.weight(), Double::sum);
            }
            if (k < max) {
                var b = JSON.createObjectBuilder().add("trackId", i.trackId())
                        .add("title", t.title() != null ? t.title() : i.trackId())
                        .add("plays", i.plays()).add("likes", i.likes()).add("dislikes", i.dislikes()).add("skips", i.skips())
                        .add("completes", i.completes()).add("weight", i.weight());
                if (t.artist() != null) {
                    b.add("artist", t.artist());
                }
                if (i.lastAt() != null) {
                    b.add("lastAt", i.lastAt().toString());
                }
                items.add(b);
            }
        }
        JsonArrayBuilder top = JSON.createArrayBuilder();
        genreWeight.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).forEach(e -> top.add(JSON.createObjectBuilder().add("genre", e.getKey()).add("weight", e.getValue())));
        return JSON.createObjectBuilder().add("userId", userId).add("interactions", items).add("topGenres", top).build();
    }

    @GET
    @Path("users/samples")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "Listeners with the most interactions, for the page's user picker")
    public JsonObject samples(@QueryParam("n") @DefaultValue("12") String n) {
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        samples.top(CatalogResource.number("n", n, 1, 100))
                .forEach(s -> arr.add(JSON.createObjectBuilder().add("userId", s.userId()).add("interactions", s.interactions())));
        return JSON.createObjectBuilder().add("users", arr).build();
    }

    private Integer genre(String genre) {
        if (genre == null || genre.isBlank()) {
            return null;
        }
        if (genre.length() > 100) {
            throw new BadRequestException("genre is longer than 100 characters");
        }
        return catalog.get().genre(genre).orElseThrow(() -> new BadRequestException("no genre '" + genre + "'"));
    }

    static String id(String field, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_ID_CHARS || !value.matches(ID_PATTERN)) {
            throw new ValidationProblemException(List.of(new Problem.FieldError(field, ID_RULE)));
        }
        return value;
    }

    private static List<String> strings(JsonObject body, String key) {
        JsonValue v = body.get(key);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() > MAX_PICKS) {
            throw new BadRequestException(key + " must be an array of at most " + MAX_PICKS + " strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue x : v.asJsonArray()) {
            if (x instanceof JsonString s) {
                out.add(s.getString());
            } else if (x.getValueType() == JsonValue.ValueType.NUMBER) {
                out.add(x.toString());
            } else {
                throw new BadRequestException(key + " must hold strings");
            }
        }
        return out;
    }
}

package org.musicrec.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.platform.http.Problem;
import org.musicrec.platform.security.CallerAuthentication;
import org.musicrec.recommend.serving.RecommendationAnswer;
import org.musicrec.recommend.serving.RecommendationAnswers;
import org.musicrec.recommend.serving.Recommender;

/** The cold-start list for a new listener's picks of genres and tracks. */
@Path("recommendations/cold-start")
@Produces(MediaType.APPLICATION_JSON)
public class ColdStartResource {
    static final int MAX_PICKS = 50;

    @Inject
    Recommender recommender;

    @Inject
    RecommendationAnswers answers;

    @Inject
    GenreArgument genres;

    @POST
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A cold-start list for a new listener's picks: {genres: [id or name], tracks: [id], n, exclude: [id]}")
    public RecommendationAnswer coldStart(JsonObject body) {
        if (body == null) {
            throw new BadRequestException("a JSON object {genres, tracks, n} is required");
        }
        List<Integer> genreIds = new ArrayList<>();
        for (String g : strings(body, "genres")) {
            genreIds.add(genres.resolve(g));
        }
        List<String> tracks = new ArrayList<>();
        for (String t : strings(body, "tracks")) {
            tracks.add(Arguments.id("tracks[]", t));
        }
        if (genreIds.isEmpty() && tracks.isEmpty()) {
            throw new ValidationProblemException(List.of(new Problem.FieldError("genres", "pick at least one genre or track")));
        }
        int n = body.containsKey("n") ? Arguments.number("n", body.get("n").toString(), 1, Recommender.MAX_N) : 10;
        java.util.Set<String> exclude = new java.util.LinkedHashSet<>();
        for (String t : strings(body, "exclude")) {
            exclude.add(Arguments.id("exclude[]", t));
        }
        return answers.answer(recommender.coldStart(tracks, genreIds, n, exclude));
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

package org.musicrec.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.platform.security.CallerAuthentication;
import org.musicrec.recommend.serving.RecommendationAnswers;
import org.musicrec.recommend.serving.RecommendedItem;
import org.musicrec.recommend.serving.Recommender;

/** A radio seeded by one track, for a listener (their taste and dislikes) or for anyone; listener data, so a service key or the admin. */
@Path("tracks/{id}/radio")
@Produces(MediaType.APPLICATION_JSON)
public class TrackRadioResource {

    @Inject
    Recommender recommender;

    @Inject
    RecommendationAnswers answers;

    /** The answer: the seed, the listener (null for anyone) and the tracks in playing order. */
    public record Radio(String seedTrackId, String userId, List<RecommendedItem> items) {
    }

    @GET
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "A radio from a seed track: sound and collaborative neighbours, towards the listener's taste; no repeats, no artist twice in a row")
    public Radio radio(@PathParam("id") String id, @QueryParam("userId") String userId, @QueryParam("n") @DefaultValue("20") String n) {
        String seed = Arguments.id("id", id);
        String user = userId == null || userId.isEmpty() ? null : Arguments.id("userId", userId);
        return new Radio(seed, user, answers.items(recommender.radio(seed, user, Arguments.number("n", n, 1, Recommender.MAX_N))));
    }
}

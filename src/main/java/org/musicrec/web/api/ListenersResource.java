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
import org.musicrec.recommend.serving.ListenerProfile;
import org.musicrec.recommend.serving.ListenerProfiles;
import org.musicrec.recommend.serving.RecommendationAnswer;
import org.musicrec.recommend.serving.RecommendationAnswers;
import org.musicrec.recommend.serving.Recommender;
import org.musicrec.recommend.serving.SampleUsers;

/** Listener data: a listener's recommendations, their history with top genres, and sample listeners for the page. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class ListenersResource {
    static final int MAX_HISTORY = 200;
    static final int MAX_SAMPLES = 100;

    @Inject
    Recommender recommender;

    @Inject
    RecommendationAnswers answers;

    @Inject
    ListenerProfiles profiles;

    @Inject
    SampleUsers samples;

    @Inject
    GenreArgument genres;

    /** The sample listeners' answer: {@code {users: [{userId, interactions}]}}. */
    public record Samples(List<SampleUsers.Sample> users) {
    }

    @GET
    @Path("{userId}/recommendations")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "A listener's recommendations (played, disliked, hidden and exclude= tracks left out; genre by id or name, sub-genres included)")
    public RecommendationAnswer recommendations(@PathParam("userId") String userId, @QueryParam("n") @DefaultValue("10") String n,
                                                @QueryParam("genre") String genre, @QueryParam("exclude") List<String> exclude) {
        return answers.answer(recommender.forUser(Arguments.id("userId", userId),
                Arguments.number("n", n, 1, Recommender.MAX_N), genres.resolve(genre), Arguments.ids("exclude", exclude)));
    }

    @GET
    @Path("{userId}/history")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "A listener's interactions (most recent first) and their top genres by weight")
    public ListenerProfile history(@PathParam("userId") String userId, @QueryParam("limit") @DefaultValue("20") String limit) {
        int max = Arguments.number("limit", limit, 1, MAX_HISTORY);
        return profiles.of(Arguments.id("userId", userId), max);
    }

    @GET
    @Path("samples")
    @RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
    @Operation(summary = "Listeners with the most interactions, for the page's user picker")
    public Samples samples(@QueryParam("n") @DefaultValue("12") String n) {
        return new Samples(samples.top(Arguments.number("n", n, 1, MAX_SAMPLES)));
    }
}

package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.recommend.serving.RecommendationAnswers;
import org.musicrec.recommend.serving.RecommendedItem;
import org.musicrec.recommend.serving.Recommender;

/** Neighbours of a track: by sound (PCA space), by listeners (item factors), or both. Public, like the catalogue. */
@Path("tracks/{id}/similar")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarTracksResource {
    static final Set<String> WAYS = Set.of("audio", "cf", "hybrid");

    @Inject
    Recommender recommender;

    @Inject
    RecommendationAnswers answers;

    /** The answer: the track asked about, how neighbours were found, and the neighbours. */
    public record SimilarTracks(String trackId, String by, List<RecommendedItem> items) {
    }

    @GET
    @Operation(summary = "Neighbours of a track in the audio (PCA) space, the item-factor space, or blended")
    public SimilarTracks similar(@PathParam("id") String id, @QueryParam("n") @DefaultValue("10") String n,
                                 @QueryParam("by") @DefaultValue("hybrid") String by) {
        if (!WAYS.contains(by)) {
            throw new BadRequestException("by must be audio, cf or hybrid, got '" + by + "'");
        }
        String track = Arguments.id("id", id);
        return new SimilarTracks(track, by,
                answers.items(recommender.similar(track, Arguments.number("n", n, 1, Recommender.MAX_N), by)));
    }
}

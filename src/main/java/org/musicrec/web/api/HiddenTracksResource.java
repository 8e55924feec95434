package org.musicrec.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.platform.http.Problem;
import org.musicrec.platform.security.CallerAuthentication;
import org.musicrec.recommend.serving.HiddenTracks;

/** /api/admin/tracks: an operator hides a track from every list of every listener, and shows it again. */
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/tracks")
@Produces(MediaType.APPLICATION_JSON)
public class HiddenTracksResource {

    @Inject
    HiddenTracks hidden;

    /** The answer to a hide or unhide: the track and whether it is hidden now. */
    public record Visibility(String trackId, boolean hidden) {
    }

    @GET
    @Path("hidden")
    @Operation(summary = "The hidden tracks")
    public HiddenTracks.Hidden list() {
        return hidden.list();
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "Hide a track: never recommended to anyone, on every instance within seconds")
    public Visibility hide(@PathParam("id") String id) {
        String track = Arguments.id("id", id);
        if (!hidden.hide(track)) {
            throw new ValidationProblemException(List.of(new Problem.FieldError("id",
                    "the most tracks that may be hidden are hidden already (musicrec.recommend.max-hidden)")));
        }
        return new Visibility(track, true);
    }

    @DELETE
    @Path("{id}/hide")
    @Operation(summary = "Show a hidden track again")
    public Visibility show(@PathParam("id") String id) {
        String track = Arguments.id("id", id);
        hidden.unhide(track);
        return new Visibility(track, false);
    }

    @POST
    @Path("{id}/unhide")
    @Operation(summary = "Show a hidden track again (the same as DELETE .../hide)")
    public Visibility unhide(@PathParam("id") String id) {
        return show(id);
    }
}

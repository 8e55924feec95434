package org.musicrec.web.api;

import jakarta.annotation.security.RolesAllowed;
import org.musicrec.platform.security.CallerAuthentication;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;
import org.musicrec.catalog.query.KnownTracks;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityLogEntry;
import org.musicrec.events.ActivityPublisher;
import org.musicrec.events.EventRulesSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.platform.json.JsonFactories;

/**
 * POST /api/events: accepts listener events and answers 202 only once the broker has acknowledged
 * all of them; a track id the catalogue does not hold (placeholders included as known) is a 400
 * naming the field, and while the catalogue cannot be read an id not already known is a 503.
 * GET /api/events/{id}: the event as the consumer stored it.
 */
@RolesAllowed({CallerAuthentication.SERVICE_ROLE, CallerAuthentication.ROLE})
@Path("events")
public class EventsResource {

    @Inject
    EventRulesSettings rules;

    @Inject
    ActivityPublisher publisher;

    @Inject
    DocumentTemplate template;

    @Inject
    KnownTracks knownTracks;

    @Inject
    @ConfigProperty(name = "musicrec.events.max-batch", defaultValue = "1000")
    int maxBatch;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response accept(JsonValue body) {
        List<ActivityEvent> events = new EventRequestParser(rules.rules(), maxBatch, Clock.systemUTC(), knownTracks::unknown).parse(body);
        publisher.publish(events);
        JsonArrayBuilder ids = JsonFactories.BUILDERS.createArrayBuilder();
        events.forEach(e -> ids.add(e.eventId()));
        return Response.accepted(JsonFactories.BUILDERS.createObjectBuilder().add("accepted", ids).build()).build();
    }

    @GET
    @Path("{eventId}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject stored(@PathParam("eventId") String eventId) {
        ActivityLogEntry e = template.find(ActivityLogEntry.class, eventId)
                .orElseThrow(() -> new NotFoundException("no stored event " + eventId));
        var b = JsonFactories.BUILDERS.createObjectBuilder().add("eventId", e.getId()).add("userId", e.getUserId())
                .add("trackId", e.getTrackId()).add("type", e.getType()).add("count", e.getCount())
                .add("at", Instant.ofEpochMilli(e.getAtEpochMs()).toString())
                .add("partition", e.getPartition()).add("offset", e.getOffset());
        if (e.getRating() != null) {
            b.add("rating", e.getRating());
        }
        return b.build();
    }
}

package org.musicrec.web.api;

import jakarta.annotation.security.RolesAllowed;
import org.musicrec.platform.security.CallerAuthentication;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
        return Response.accepted(new Accepted(events.stream().map(ActivityEvent::eventId).toList())).build();
    }

    @GET
    @Path("{eventId}")
    @Produces(MediaType.APPLICATION_JSON)
    public StoredEvent stored(@PathParam("eventId") String eventId) {
        return template.find(ActivityLogEntry.class, eventId).map(StoredEvent::of)
                .orElseThrow(() -> new NotFoundException("no stored event " + eventId));
    }

    /** The answer to an accepted POST: the ids of the events, in the order given. */
    public record Accepted(List<String> accepted) {
    }

    /** An event as the consumer stored it, with where it was on the topic; rating only for {@code rate}. */
    @JsonbPropertyOrder({"eventId", "userId", "trackId", "type", "count", "at", "partition", "offset", "rating"})
    public record StoredEvent(String eventId, String userId, String trackId, String type, long count, String at,
                              int partition, long offset, Integer rating) {
        static StoredEvent of(ActivityLogEntry e) {
            return new StoredEvent(e.getId(), e.getUserId(), e.getTrackId(), e.getType(), e.getCount(),
                    Instant.ofEpochMilli(e.getAtEpochMs()).toString(), e.getPartition(), e.getOffset(), e.getRating());
        }
    }
}

package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.musicrec.events.kafka.ActivityMetrics;
import org.musicrec.platform.kafka.ConsumerStatus;

/**
 * GET /api/admin/activity (administrator only, see CallerAuthentication): the activity pipeline at
 * a glance. {@code eventsPerSecond} is the interaction consumer's throughput over the last 10 s
 * (events folded into MongoDB and committed), {@code acceptedPerSecond} what the broker acknowledged
 * from the API and replays over the same window; {@code lag} the records the consumer has still to
 * read; counts are of this instance since it started.
 */
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/activity")
public class ActivityResource {

    @Inject
    ActivityMetrics metrics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject activity() {
        ConsumerStatus interactions = metrics.interactions().orElse(null);
        JsonArrayBuilder loops = Json.createArrayBuilder();
        for (ConsumerStatus s : metrics.allLoops()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("group", s.groupId()).add("topic", s.topic())
                    .add("running", s.running()).add("recordsHandled", s.recordsHandled())
                    .add("recordsPerSecond", s.recordsPerSecond()).add("failures", s.failures()).add("lag", s.lag());
            if (s.lastPoll() != null) {
                o.add("lastPoll", s.lastPoll().toString());
            }
            if (s.lastError() != null) {
                o.add("lastError", s.lastError());
            }
            loops.add(o);
        }
        return Json.createObjectBuilder()
                .add("eventsPerSecond", interactions == null ? 0.0 : interactions.recordsPerSecond())
                .add("consumedTotal", interactions == null ? 0 : interactions.recordsHandled())
                .add("lag", interactions == null ? 0 : interactions.lag())
                .add("deadLetters", metrics.deadLetters())
                .add("acceptedPerSecond", metrics.acceptedPerSecond())
                .add("acceptedTotal", metrics.acceptedTotal())
                .add("windowSeconds", ConsumerStatus.WINDOW_SECONDS)
                .add("loops", loops)
                .build();
    }
}

package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    public ActivitySnapshot activity() {
        ConsumerStatus interactions = metrics.interactions().orElse(null);
        return new ActivitySnapshot(interactions == null ? 0.0 : interactions.recordsPerSecond(),
                interactions == null ? 0 : interactions.recordsHandled(), interactions == null ? 0 : interactions.lag(),
                metrics.deadLetters(), metrics.acceptedPerSecond(), metrics.acceptedTotal(), ConsumerStatus.WINDOW_SECONDS,
                metrics.allLoops().stream().map(ActivitySnapshot.Loop::of).toList());
    }
}

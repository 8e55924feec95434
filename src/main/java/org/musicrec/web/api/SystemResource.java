package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.musicrec.platform.kafka.ConsumerLoops;
import org.musicrec.platform.kafka.ConsumerStatus;

/**
 * GET /api/system/messaging: the consumer loops, their throughput, lag and last error, and per
 * assigned partition the group's committed offset, the partition's end and since when the first
 * has stood still with records after it ({@code behindSince}); {@code lag} is their distance,
 * asked of the broker, so a consumer that cannot get past a record shows it.
 */
@Path("system")
public class SystemResource {

    @Inject
    ConsumerLoops consumers;

    @GET
    @Path("messaging")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject messaging() {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        for (ConsumerStatus s : consumers.statuses()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("group", s.groupId())
                    .add("topic", s.topic())
                    .add("running", s.running())
                    .add("recordsHandled", s.recordsHandled())
                    .add("failures", s.failures())
                    .add("deadLettered", s.rejected())
                    .add("lag", s.lag());
            JsonArrayBuilder partitions = Json.createArrayBuilder();
            for (ConsumerStatus.PartitionOffsets p : s.partitions()) {
                JsonObjectBuilder po = Json.createObjectBuilder().add("partition", p.partition())
                        .add("committed", p.committed()).add("end", p.end()).add("lag", p.lag());
                if (p.behindSince() != null) {
                    po.add("behindSince", p.behindSince().toString());
                }
                partitions.add(po);
            }
            o.add("partitions", partitions);
            if (s.lastPoll() != null) {
                o.add("lastPoll", s.lastPoll().toString());
            }
            if (s.lastError() != null) {
                o.add("lastError", s.lastError());
            }
            if (s.lastRejected() != null) {
                o.add("lastDeadLettered", s.lastRejected());
            }
            arr.add(o);
        }
        return Json.createObjectBuilder().add("consumers", arr).build();
    }
}

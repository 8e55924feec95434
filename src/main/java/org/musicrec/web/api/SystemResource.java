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

/** GET /api/system/messaging: the consumer loops, their throughput, lag and last error. */
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
                    .add("lag", s.lag());
            if (s.lastPoll() != null) {
                o.add("lastPoll", s.lastPoll().toString());
            }
            if (s.lastError() != null) {
                o.add("lastError", s.lastError());
            }
            arr.add(o);
        }
        return Json.createObjectBuilder().add("consumers", arr).build();
    }
}

package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.musicrec.platform.BuildInfo;
import org.musicrec.platform.security.AccessSummary;

/** GET /api: the version and where everything is. */
@Path("")
public class ApiRootResource {

    @Inject
    BuildInfo build;

    @Inject
    AccessSummary access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject root() {
        return Json.createObjectBuilder()
                .add("name", "musicrec")
                .add("version", build.version())
                .add("links", Json.createObjectBuilder()
                        .add("page", "/")
                        .add("api", "/api")
                        .add("openapi", "/openapi")
                        .add("health", "/health/ready")
                        .add("events", "/api/events")
                        .add("messaging", "/api/system/messaging"))
                .add("access", Json.createObjectBuilder()
                        .add("listenerData", access.listenerData())
                        .add("listenerPage", access.listenerPage()))
                .build();
    }
}

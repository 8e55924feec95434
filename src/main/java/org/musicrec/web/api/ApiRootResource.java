package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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

    /** What {@code GET /api} answers: who we are, where things are, and who may read listener data. */
    @JsonbPropertyOrder({"name", "version", "links", "access"})
    public record Root(String name, String version, Links links, Access access) {
    }

    /** Where the page, the API, its description and readiness are. */
    @JsonbPropertyOrder({"page", "api", "openapi", "health", "events", "messaging"})
    public record Links(String page, String api, String openapi, String health, String events, String messaging) {
    }

    /** Whether listener data needs a service key, and who may use the listener page. */
    public record Access(String listenerData, String listenerPage) {
    }

    private static final Links LINKS = new Links("/", "/api", "/openapi", "/health/ready", "/api/events", "/api/system/messaging");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Root root() {
        return new Root("musicrec", build.version(), LINKS, new Access(access.listenerData(), access.listenerPage()));
    }
}

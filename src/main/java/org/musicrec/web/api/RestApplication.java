package org.musicrec.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All JSON resources live under /api; the OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "musicrec API", version = "0.1",
        description = "Catalogue, listener activity, recommendations and administration of musicrec."))
public class RestApplication extends Application {
}

package org.musicrec.platform.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.musicrec.platform.json.JsonFactories;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}). Every error the API returns
 * has this shape, so clients need one parser for all of them.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input field of a validation error, e.g. {@code [2].rating}. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of());
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = JsonFactories.BUILDERS.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder arr = JsonFactories.BUILDERS.createArrayBuilder();
            errors.forEach(e -> arr.add(JsonFactories.BUILDERS.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            b.add("errors", arr);
        }
        return b.build();
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString());
    }

    /** The same body written straight to a servlet response, for answers made before JAX-RS is reached. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson().toString());
    }
}

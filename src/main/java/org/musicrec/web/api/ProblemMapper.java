package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicrec.platform.DependencyUnavailableException;
import org.musicrec.platform.health.Reasons;
import org.musicrec.platform.lease.LeaseHeldException;

/**
 * The one place where exceptions become HTTP answers: problem details, never a stack trace.
 * A store or broker that cannot be reached is a 503 with Retry-After, recognised anywhere in the
 * cause chain, so that code between the driver and the resource needs no special handling.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ValidationProblemException v) {
            return v.problem().response().build();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // The body reader may wrap it (e.g. in a 400 BadRequestException): the cap wins.
            if (t instanceof BodySizeLimit.TooLargeException big) {
                return Problem.of(413, "Content Too Large", big.getMessage()).response().build();
            }
            if (t instanceof LeaseHeldException held) {
                // Another node (or this one) runs the job: the detail names the node and the execution.
                return Problem.of(409, "Conflict", held.getMessage()).response().build();
            }
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            String title = r.getStatusInfo().getReasonPhrase();
            String detail = w.getCause() != null ? Reasons.of(w.getCause()) : w.getMessage();
            return Problem.of(r.getStatus(), title, detail).response().build();
        }
        if (e instanceof ConstraintViolationException cv) {
            return ValidationProblemException.from(cv.getConstraintViolations()).problem().response().build();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DependencyUnavailableException d) {
                return unavailable(d.dependency(), d.getMessage());
            }
            if (isMongoUnavailable(t)) {
                return unavailable("mongo", Reasons.of(t));
            }
            if (t instanceof JsonParsingException || t instanceof JsonbException || t instanceof JsonException) {
                return Problem.of(400, "Bad Request", "the body is not valid JSON: " + Reasons.of(t)).response().build();
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
        return Problem.of(500, "Internal Server Error", "unexpected error; incident " + incident + " is in the server log")
                .response().build();
    }

    private static Response unavailable(String dependency, String reason) {
        return Problem.of(503, "Service Unavailable", dependency + " is unavailable: " + reason)
                .response().header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** Matched by class name so that this mapper does not tie the web layer to the Mongo driver's types. */
    private static boolean isMongoUnavailable(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("com.mongodb.MongoTimeoutException")
                || name.startsWith("com.mongodb.MongoSocket")
                || name.equals("com.mongodb.MongoNotPrimaryException")
                || name.equals("com.mongodb.MongoNodeIsRecoveringException");
    }
}

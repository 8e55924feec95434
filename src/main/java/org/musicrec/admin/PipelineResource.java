package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/admin/pipeline: the batch jobs in pipeline order as one run (see PipelineRunner). */
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "batch jobs, the pipeline, models (administrators only)")
public class PipelineResource {

    @Inject
    PipelineRunner runner;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run jobs in pipeline order",
            description = "Body {\"stages\":[{\"job\":\"catalog-import\",\"parameters\":{...}}, ...]}: jobs from "
                    + "catalog-import, sample-audio, extract-features, fit-pca, replay-history, train-als, each at most once, "
                    + "in that order. Each is launched when the one before COMPLETED; any other end stops the run.")
    @APIResponse(responseCode = "202", description = "the run, as GET returns it")
    @APIResponse(responseCode = "400", description = "unknown job, a job twice, stages out of order")
    @APIResponse(responseCode = "409", description = "a run is already running")
    public Response start(JsonObject body) {
        try {
            return Response.accepted(runner.start(body)).build();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    @GET
    @Operation(summary = "The current or last pipeline run",
            description = "{\"state\":\"idle\"} before any run; else state (running|completed|failed|stopped), message, "
                    + "startedAt, endedAt and per stage the job, its execution id and batch status.")
    public PipelineRunView status() {
        return runner.status().orElse(PipelineRunView.idle());
    }

    @POST
    @Path("stop")
    @Operation(summary = "Stop the running pipeline (its current execution is stopped; later stages are not run)")
    public PipelineRunView stop() {
        return runner.stopRun().orElse(PipelineRunView.idle());
    }

}

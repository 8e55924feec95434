package org.musicrec.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.musicrec.platform.security.CallerAuthentication;

/**
 * /api/admin/jobs: launch, watch, stop and restart the batch jobs, and list what they recorded as
 * problems. Only administrators get here (see CallerAuthentication). The work is JobControl's, which
 * the console calls as well.
 */
@RequestScoped
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobControl control;

    @GET
    public JobList jobs() {
        return control.jobs();
    }

    /** This node's id and the leased jobs running anywhere in the cluster: which node runs what. */
    @GET
    @Path("cluster")
    public ClusterJobs cluster() {
        return control.cluster();
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, JsonObject parameters) {
        return Response.accepted(control.start(job, parameters)).build();
    }

    @GET
    @Path("executions/{id}")
    public JobExecutionView execution(@PathParam("id") long id) {
        return control.execution(id);
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(control.restart(id)).build();
    }

    @POST
    @Path("executions/{id}/stop")
    public JobExecutionView stop(@PathParam("id") long id) {
        return control.stop(id);
    }

    @GET
    @Path("executions/{id}/problems")
    public JobProblemList problems(@PathParam("id") long id) {
        return control.problems(id);
    }
}

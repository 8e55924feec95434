package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Properties;
import org.musicrec.platform.batch.JobProblem;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.batch.JobProgress;

/**
 * /api/admin/jobs: launch, watch, stop and restart the batch jobs, and list what they recorded as
 * problems. Only administrators get here (see CallerAuthentication). A restart re-uses the failed
 * execution's parameters, since Jakarta Batch does not carry them over by itself. A request-scoped
 * bean so that the console calls the same code in-process (JobControl).
 */
@RequestScoped
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobProblems problems;

    @Inject
    JobProgress progress;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    @GET
    public JsonObject jobs() {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        for (String name : BatchJobs.PIPELINE.stream().sorted().toList()) {
            JsonArrayBuilder execs = Json.createArrayBuilder();
            try {
                for (JobInstance i : operator().getJobInstances(name, 0, 20)) {
                    for (JobExecution e : operator().getJobExecutions(i)) {
                        execs.add(summary(e));
                    }
                }
            } catch (NoSuchJobException e) {
                // never run yet
            }
            arr.add(Json.createObjectBuilder().add("job", name).add("executions", execs));
        }
        return Json.createObjectBuilder().add("jobs", arr).build();
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("job") String job, JsonObject parameters) {
        if (!BatchJobs.exists(job)) {
            throw new NotFoundException("no job named " + job);
        }
        Properties props = toProperties(parameters);
        if (BatchJobs.TRAIN_ALS.equals(job) && props.getProperty("runId") == null) {
            // Names the run's workspace; a restart re-uses the parameters and so finds it again.
            props.setProperty("runId", java.util.UUID.randomUUID().toString());
        }
        if (BatchJobs.TRAIN_ALS.equals(job)) {
            try {
                org.musicrec.recommend.training.TrainingParameters.of(props, "launch");
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("train-als: " + e.getMessage());
            }
        }
        long id = operator().start(job, props);
        return Response.accepted(execution(id)).build();
    }

    @GET
    @Path("executions/{id}")
    public JsonObject execution(@PathParam("id") long id) {
        JobExecution e = find(id);
        JsonObjectBuilder b = Json.createObjectBuilder(summary(e));
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (StepExecution s : operator().getStepExecutions(id)) {
            JsonObjectBuilder sb = Json.createObjectBuilder().add("step", s.getStepName())
                    .add("status", String.valueOf(s.getBatchStatus()))
                    .add("exitStatus", String.valueOf(s.getExitStatus()));
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            for (Metric m : s.getMetrics()) {
                counts.put(m.getType().name().toLowerCase(java.util.Locale.ROOT), m.getValue());
            }
            if (s.getBatchStatus() == jakarta.batch.runtime.BatchStatus.STARTED) {
                // The repository writes step metrics at the end; a running step reports its live ones.
                progress.live(id, s.getStepName()).forEach((k, v) -> counts.merge(k, v, Math::max));
            }
            counts.forEach(sb::add);
            progress.expected(id, s.getStepName()).ifPresent(t -> sb.add("expected", t));
            steps.add(sb);
        }
        JsonObjectBuilder params = Json.createObjectBuilder();
        Properties p = operator().getParameters(id);
        if (p != null) {
            p.stringPropertyNames().stream().sorted().forEach(k -> params.add(k, p.getProperty(k)));
        }
        return b.add("parameters", params).add("steps", steps).build();
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        find(id);
        long next = operator().restart(id, operator().getParameters(id));
        return Response.accepted(execution(next)).build();
    }

    @POST
    @Path("executions/{id}/stop")
    public JsonObject stop(@PathParam("id") long id) {
        find(id);
        operator().stop(id);
        return execution(id);
    }

    @GET
    @Path("executions/{id}/problems")
    public JsonObject problems(@PathParam("id") long id) {
        long instance = operator().getJobInstance(id).getInstanceId();
        JsonArrayBuilder arr = Json.createArrayBuilder();
        List<JobProblem> found = problems.ofInstance(instance);
        for (JobProblem p : found) {
            arr.add(Json.createObjectBuilder().add("step", p.getStep()).add("item", p.getItem())
                    .add("line", p.getLine()).add("reason", p.getReason()).add("executionId", p.getExecutionId()));
        }
        return Json.createObjectBuilder().add("instanceId", instance).add("problems", arr).build();
    }

    private static JobExecution find(long id) {
        try {
            return operator().getJobExecution(id);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new NotFoundException("no job execution " + id);
        }
    }

    private static JsonObject summary(JobExecution e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("executionId", e.getExecutionId())
                .add("job", e.getJobName()).add("status", String.valueOf(e.getBatchStatus()))
                .add("exitStatus", String.valueOf(e.getExitStatus()));
        if (e.getStartTime() != null) {
            b.add("start", e.getStartTime().toInstant().toString());
        }
        if (e.getEndTime() != null) {
            b.add("end", e.getEndTime().toInstant().toString());
        }
        return b.build();
    }

    static Properties toProperties(JsonObject parameters) {
        Properties p = new Properties();
        if (parameters == null) {
            return p;
        }
        for (var entry : parameters.entrySet()) {
            JsonValue v = entry.getValue();
            switch (v.getValueType()) {
                case STRING -> p.setProperty(entry.getKey(), ((JsonString) v).getString());
                case NUMBER, TRUE, FALSE -> p.setProperty(entry.getKey(), v.toString());
                case NULL -> { }
                default -> throw new BadRequestException("job parameter " + entry.getKey() + " must be a string, number or boolean");
            }
        }
        return p;
    }
}

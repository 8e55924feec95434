package org.musicrec.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** JobControl by calling the admin resource in-process: one implementation of launching and watching. */
@ApplicationScoped
public class InProcessJobControl implements JobControl {

    @Inject
    JobsResource resource;

    @Inject
    PipelineRunner pipeline;

    @Override
    public JsonObject jobs() {
        return resource.jobs();
    }

    @Override
    public JsonObject start(String job, JsonObject parameters) {
        return (JsonObject) resource.start(job, parameters).getEntity();
    }

    @Override
    public JsonObject execution(long executionId) {
        return resource.execution(executionId);
    }

    @Override
    public JsonObject restart(long executionId) {
        return (JsonObject) resource.restart(executionId).getEntity();
    }

    @Override
    public JsonObject stop(long executionId) {
        return resource.stop(executionId);
    }

    @Override
    public JsonObject problems(long executionId) {
        return resource.problems(executionId);
    }

    @Override
    public JsonObject runPipeline(JsonObject plan) {
        return pipeline.start(plan);
    }

    @Override
    public JsonObject pipeline() {
        return pipeline.status().orElse(jakarta.json.Json.createObjectBuilder().add("state", "idle").build());
    }
}

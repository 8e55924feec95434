package org.musicrec.admin;

import jakarta.json.JsonObject;

/**
 * What the admin API and the console do with the batch jobs, as the records {@code /api/admin/jobs}
 * and {@code /api/admin/pipeline} answer with, so the pages and the scripts see the same thing.
 * Errors surface as exceptions with a readable message (the JAX-RS ones the problem mapper knows).
 */
public interface JobControl {

    JobList jobs();

    /** Launches a job; the new execution. */
    JobExecutionView start(String job, JsonObject parameters);

    JobExecutionView execution(long executionId);

    /** Restarts from the last checkpoint with the same parameters; the new execution. */
    JobExecutionView restart(long executionId);

    JobExecutionView stop(long executionId);

    JobProblemList problems(long executionId);

    /** This node's id and what runs under a lease anywhere in the cluster, and where. */
    default ClusterJobs cluster() {
        return new ClusterJobs("", java.util.List.of());
    }

    /** Starts the pipeline ({@code POST /api/admin/pipeline}'s body); IllegalArgumentException / IllegalStateException. */
    PipelineRunView runPipeline(JsonObject plan);

    /** The current or last pipeline run, {@code {"state":"idle"}} before any. */
    PipelineRunView pipeline();
}

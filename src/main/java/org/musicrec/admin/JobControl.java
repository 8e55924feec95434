package org.musicrec.admin;

import jakarta.json.JsonObject;

/**
 * What the console does with the batch jobs, in the JSON shapes of {@code /api/admin/jobs}, so the
 * pages and the scripts see the same thing. Errors surface as exceptions with a readable message.
 */
public interface JobControl {

    JsonObject jobs();

    /** Launches a job; the new execution. */
    JsonObject start(String job, JsonObject parameters);

    JsonObject execution(long executionId);

    /** Restarts from the last checkpoint with the same parameters; the new execution. */
    JsonObject restart(long executionId);

    JsonObject stop(long executionId);

    JsonObject problems(long executionId);

    /** Starts the pipeline ({@code POST /api/admin/pipeline}'s body); IllegalArgumentException / IllegalStateException. */
    JsonObject runPipeline(JsonObject plan);

    /** The current or last pipeline run, {@code {"state":"idle"}} before any. */
    JsonObject pipeline();
}

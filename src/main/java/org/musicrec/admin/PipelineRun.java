package org.musicrec.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * One run of the whole pipeline: its stages in order, each with the execution it launched and how
 * that ended. Written by the runner's thread, read by requests; every accessor is synchronized.
 */
final class PipelineRun {

    enum State { RUNNING, COMPLETED, FAILED, STOPPED }

    /** A job of the pipeline with its parameters. */
    record Stage(String job, Properties parameters) {
    }

    private final List<Stage> stages;
    private final long[] executions;
    private final String[] statuses;
    private final Instant startedAt = Instant.now();
    private Instant endedAt;
    private State state = State.RUNNING;
    private String message = "";
    private boolean stopRequested;

    PipelineRun(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.executions = new long[stages.size()];
        this.statuses = new String[stages.size()];
    }

    List<Stage> stages() {
        return stages;
    }

    synchronized void launched(int stage, long executionId) {
        executions[stage] = executionId;
        statuses[stage] = "STARTING";
    }

    synchronized void status(int stage, String status) {
        statuses[stage] = status;
    }

    synchronized long execution(int stage) {
        return executions[stage];
    }

    synchronized void end(State s, String why) {
        state = s;
        message = why;
        endedAt = Instant.now();
    }

    synchronized boolean running() {
        return state == State.RUNNING;
    }

    synchronized void requestStop() {
        stopRequested = true;
    }

    synchronized boolean stopRequested() {
        return stopRequested;
    }

    synchronized JsonObject toJson() {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        for (int i = 0; i < stages.size(); i++) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("job", stages.get(i).job())
                    .add("status", statuses[i] == null ? "PENDING" : statuses[i]);
            if (executions[i] > 0) {
                b.add("executionId", executions[i]);
            }
            arr.add(b);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("state", state.name().toLowerCase(java.util.Locale.ROOT))
                .add("startedAt", startedAt.toString()).add("message", message).add("stages", arr);
        if (endedAt != null) {
            b.add("endedAt", endedAt.toString());
        }
        return b.build();
    }
}

package org.musicrec.admin;

import java.time.Instant;
import java.util.ArrayList;
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

    synchronized PipelineRunView view() {
        List<PipelineRunView.Stage> out = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            out.add(new PipelineRunView.Stage(stages.get(i).job(), statuses[i] == null ? "PENDING" : statuses[i],
                    executions[i] > 0 ? executions[i] : null));
        }
        return new PipelineRunView(state.name().toLowerCase(java.util.Locale.ROOT), startedAt.toString(), message, out,
                endedAt == null ? null : endedAt.toString());
    }
}

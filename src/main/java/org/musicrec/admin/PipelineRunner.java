package org.musicrec.admin;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicrec.platform.lease.JobLease;
import org.musicrec.platform.lease.LeaseHeldException;
import org.musicrec.platform.lease.LeaseKeeper;

/**
 * Runs the whole pipeline: the given jobs one after another, each launched once the previous one
 * COMPLETED; any other end (failed, stopped, abandoned) ends the run there, so a later stage never
 * works on half an input. One run at a time. The run waits on a thread of its own from the
 * container's managed thread factory rather than on the default managed executor, whose threads
 * the batch runtime uses for the jobs (and their partitions) themselves.
 */
@ApplicationScoped
public class PipelineRunner {

    private static final Logger LOG = Logger.getLogger(PipelineRunner.class.getName());
    private static final long POLL_MS = 500;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    JobLaunches launches;

    @Inject
    LeaseKeeper leases;

    private PipelineRun current;

    /**
     * Starts a run from {@code {"stages":[{"job":..,"parameters":{..}}]}} and returns it;
     * IllegalArgumentException for a bad plan, IllegalStateException while a run is running.
     */
    public PipelineRunView start(JsonObject body) {
        return start(plan(body)).view();
    }

    public Optional<PipelineRunView> status() {
        return current().map(PipelineRun::view);
    }

    /** Stops the running run, if any; the run as it stands. */
    public Optional<PipelineRunView> stopRun() {
        return stop().map(PipelineRun::view);
    }

    synchronized PipelineRun start(List<PipelineRun.Stage> stages) {
        if (current != null && current.running()) {
            throw new IllegalStateException("a pipeline run is already running");
        }
        JobLease taken;
        try {
            taken = leases.take(BatchJobs.PIPELINE_LEASE);
        } catch (LeaseHeldException e) {
            if (!e.holder().node().equals(leases.node())) {
                throw new IllegalStateException("a pipeline run is already running: " + e.getMessage(), e);
            }
            // This node's own run, ended a moment ago and not yet released: give it up and take it anew.
            leases.giveUp(e.holder());
            taken = leases.take(BatchJobs.PIPELINE_LEASE);
        }
        JobLease lease = taken;
        PipelineRun run = new PipelineRun(stages);
        current = run;
        leases.keep(lease, 0, run::running, run::requestStop);
        Thread t = threads.newThread(() -> {
            try {
                run(run);
            } finally {
                leases.giveUp(lease); // at once, not at the next heartbeat: a new run may start now
            }
        });
        t.setName("musicrec-pipeline");
        t.start();
        return run;
    }

    synchronized Optional<PipelineRun> current() {
        return Optional.ofNullable(current);
    }

    /** Stops the running stage's execution; the run ends as STOPPED. */
    synchronized Optional<PipelineRun> stop() {
        if (current == null || !current.running()) {
            return Optional.empty();
        }
        current.requestStop();
        for (int i = 0; i < current.stages().size(); i++) {
            long id = current.execution(i);
            if (id > 0) {
                try {
                    BatchStatus s = operator().getJobExecution(id).getBatchStatus();
                    if (s == BatchStatus.STARTING || s == BatchStatus.STARTED) {
                        operator().stop(id);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "stopping execution " + id, e); // it ended meanwhile
                }
            }
        }
        return Optional.of(current);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private void run(PipelineRun run) {
        try {
            for (int i = 0; i < run.stages().size(); i++) {
                PipelineRun.Stage stage = run.stages().get(i);
                if (run.stopRequested()) {
                    run.end(PipelineRun.State.STOPPED, "stopped before " + stage.job());
                    return;
                }
                long id = launches.launch(stage.job(), () -> operator().start(stage.job(), stage.parameters()));
                run.launched(i, id);
                BatchStatus end = await(run, i, id);
                if (end != BatchStatus.COMPLETED) {
                    run.end(end == BatchStatus.STOPPED ? PipelineRun.State.STOPPED : PipelineRun.State.FAILED,
                            stage.job() + " (execution " + id + ") ended " + end + "; later stages not run");
                    return;
                }
            }
            run.end(PipelineRun.State.COMPLETED, "every stage completed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.end(PipelineRun.State.STOPPED, "the server is shutting down");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pipeline run failed", e);
            run.end(PipelineRun.State.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private static BatchStatus await(PipelineRun run, int stage, long id) throws InterruptedException {
        while (true) {
            BatchStatus s = operator().getJobExecution(id).getBatchStatus();
            run.status(stage, s.name());
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                return s;
            }
            Thread.sleep(POLL_MS);
        }
    }

    static List<PipelineRun.Stage> plan(JsonObject body) {
        if (body == null || !(body.get("stages") instanceof JsonArray arr) || arr.isEmpty()) {
            throw new IllegalArgumentException("the body needs a non-empty array \"stages\"");
        }
        if (arr.size() > BatchJobs.PIPELINE.size()) {
            throw new IllegalArgumentException("at most " + BatchJobs.PIPELINE.size() + " stages");
        }
        List<PipelineRun.Stage> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int last = -1;
        for (JsonValue v : arr) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("each stage is an object {\"job\":..., \"parameters\":{...}}");
            }
            JsonObject s = v.asJsonObject();
            String job = s.getString("job", "");
            int at = BatchJobs.PIPELINE.indexOf(job);
            if (at < 0) {
                throw new IllegalArgumentException("no job named " + job + " in this build's pipeline");
            }
            if (!seen.add(job) || at < last) {
                throw new IllegalArgumentException("stages must follow the pipeline order " + BatchJobs.PIPELINE + ", each once");
            }
            last = at;
            JsonValue p = s.get("parameters");
            if (p != null && p.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("parameters of " + job + " must be an object");
            }
            out.add(new PipelineRun.Stage(job, InProcessJobControl.toProperties(p == null ? null : p.asJsonObject())));
        }
        return out;
    }
}

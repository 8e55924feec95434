package org.musicrec.recommend.training;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.WorkPlan;
import org.musicrec.recommend.eval.Split;
import org.musicrec.recommend.spark.SparkAlsLauncher;
import org.musicrec.recommend.spark.SparkSettings;

/**
 * Step 3 of {@code train-als} with {@code engine=spark}: Spark MLlib ALS on the run's training split,
 * in a driver JVM of its own ({@link SparkAlsLauncher}); the factors come back as the final trainer
 * state, so {@code evaluate} and {@code store} run unchanged. Spark's tasks move the step's progress.
 * A driver that dies, or gives up because every executor is lost (all workers dead), fails the step
 * with the reason (the previous model stays active: nothing is stored). A stop through the admin API
 * ends the driver and the step ends STOPPED. A restart of either submits the training again, unless
 * the last attempt already saved the factors.
 */
@Named
@Dependent
public class SparkTrainingBatchlet extends AbstractBatchlet {
    static final int EXIT_STATUS_MAX = 400;
    private static final Logger LOG = Logger.getLogger(SparkTrainingBatchlet.class.getName());

    @Inject
    TrainingRun run;

    @Inject
    StepContext step;

    @Inject
    SparkConfig config;

    @Inject
    org.musicrec.platform.batch.JobProgress progress;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    @Inject
    org.musicrec.platform.batch.JobProblems problems;

    private volatile SparkAlsLauncher launcher;
    private volatile boolean stopRequested;

    @Override
    public String process() throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        SparkSettings settings = config.settings(p.sparkMaster());
        Split split = ws.readSplit();
        AlsData data = split.train().toAlsData();
        int units = new WorkPlan(data.numUsers(), data.numItems(), p.als().iterations(), p.blockRows()).size();
        if (ws.newestState() == units) {
            return "trained on " + settings.master() + " before the restart";
        }
        launcher = new SparkAlsLauncher(settings);
        if (stopRequested) {
            launcher.stop(); // the stop came while the split was read: train stops before starting a driver
        }
        long exec = run.executionId();
        String name = step.getStepName();
        long stepExec = step.getStepExecutionId();
        long start = System.nanoTime();
        LOG.info(() -> "train-als " + p.runId() + ": submitting to Spark " + settings.master());
        AlsModelState state;
        try {
            state = launcher.train(ws.dir(), data, p.als(), units, (done, submitted) -> {
                progress.expect(exec, name, submitted);
                progress.live(exec, name, stepExec, Map.of("read_count", done, "write_count", done));
            });
        } catch (SparkAlsLauncher.Stopped e) {
            // Returning (not throwing) after the stop request lets the batch runtime end the step STOPPED.
            LOG.info(() -> "train-als " + p.runId() + ": " + e.getMessage());
            return "STOPPED";
        } catch (java.io.IOException e) {
            // The reason goes where the console shows it: the step's exit status and the job's problems.
            // The job repository's exit status column holds 512 characters; the problem keeps the whole reason.
            String reason = e.getMessage();
            step.setExitStatus(reason.length() > EXIT_STATUS_MAX ? reason.substring(0, EXIT_STATUS_MAX) + " ..." : reason);
            problems.record(job, step, "spark " + settings.master(), 0, reason);
            throw e;
        }
        ws.writeTrainNanos(System.nanoTime() - start);
        ws.writeSparkMaster(settings.master());
        ws.saveState(state);
        return String.format(Locale.ROOT, "trained on %s in %.1f s", settings.master(), (System.nanoTime() - start) / 1e9);
    }

    @Override
    public void stop() {
        stopRequested = true;
        SparkAlsLauncher l = launcher;
        if (l != null) {
            l.stop();
        }
    }
}

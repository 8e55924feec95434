package org.musicrec.recommend.training;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.musicrec.platform.batch.JobProgress;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.WorkPlan;

/**
 * Reads the ALS work units (iteration, side, block) in plan order, from the checkpoint on. Opening
 * rebuilds the trainer over the run's training split and restores the newest saved factors (at or
 * after the checkpointed unit), so a restart resumes mid-iteration with exactly the numbers it
 * stopped at.
 * The iteration count comes from the job parameters (job XML has no loops).
 */
@Named
@Dependent
public class AlsWorkUnitReader extends AbstractItemReader {

    @Inject
    TrainingRun run;

    @Inject
    StepContext step;

    @Inject
    JobProgress progress;

    @Resource
    ManagedExecutorService executor;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AlsWorkUnitReader.class.getName());

    private TrainingSession session;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        TrainingParameters p = run.parameters();
        TrainingWorkspace ws = run.workspace();
        AlsTrainer trainer = new AlsTrainer(ws.readSplit().train().toAlsData(), p.als(), executor, p.blockRows());
        // The newest saved state wins over the checkpoint: states are written in unit order, each
        // complete, before their checkpoint, and the job repository may lose its last commits in a
        // kill (H2 delays writes), so the files can be ahead of it but never behind.
        int committed = checkpoint instanceof TrainCheckpoint c ? c.nextUnit() : 0;
        int newest = ws.newestState();
        if (committed > 0 && newest < committed) {
            throw new java.io.IOException("the checkpoint names unit " + committed + " but the newest saved state in "
                    + ws.dir() + " is " + newest + " (was the work folder cleaned?)");
        }
        AlsModelState state = newest >= 0 ? ws.loadState(newest) : trainer.initialState();
        long nanos = newest >= 0 ? ws.trainNanos() : 0;
        if (newest > committed) {
            LOG.info(() -> "train-als resumes at unit " + newest + ", ahead of the committed checkpoint " + committed);
        }
        session = new TrainingSession(trainer, state, ws, nanos);
        step.setTransientUserData(session);
        next = state.nextUnit();
        WorkPlan plan = trainer.plan();
        progress.expect(run.executionId(), step.getStepName(), plan.size() - next);
        if (plan.size() == 0) {
            session.save(); // zero iterations: the initial factors are the model
        }
    }

    @Override
    public Object readItem() {
        WorkPlan plan = session.trainer.plan();
        return next < plan.size() ? plan.unit(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return new TrainCheckpoint(next);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}

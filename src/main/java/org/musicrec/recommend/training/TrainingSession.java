package org.musicrec.recommend.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.FixedSide;
import org.musicrec.recommend.als.WorkUnit;

/**
 * The training step's in-memory state, shared by its reader, processor and writer through the
 * step context: the trainer over the run's training split, the factors being fitted, and the fixed
 * side of the current half-iteration (recomputed after a restart, since it is derived data).
 */
final class TrainingSession implements AutoCloseable {
    final AlsTrainer trainer;
    final AlsModelState state;
    final TrainingWorkspace workspace;
    private FixedSide fixed;
    private long trainNanos;

    TrainingSession(AlsTrainer trainer, AlsModelState state, TrainingWorkspace workspace, long trainNanosBefore) {
        this.trainer = trainer;
        this.state = state;
        this.workspace = workspace;
        this.trainNanos = trainNanosBefore;
    }

    void solve(WorkUnit unit) {
        long start = System.nanoTime();
        if (fixed == null || trainer.plan().startsHalf(unit.ordinal())) {
            fixed = trainer.fixedSide(state, unit.side());
        }
        trainer.solve(state, unit, fixed);
        trainNanos += System.nanoTime() - start;
    }

    /** Makes the state after the units solved so far durable (with the training time spent on them). */
    void save() {
        try {
            workspace.saveState(state);
            workspace.writeTrainNanos(trainNanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long trainNanos() {
        return trainNanos;
    }

    @Override
    public void close() {
        trainer.close();
    }
}

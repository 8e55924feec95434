package org.musicrec.recommend.training;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.recommend.als.WorkUnit;

/** Solves one work unit: its block's rows in parallel on the managed executor, into the session's factors. */
@Named
@Dependent
public class AlsWorkUnitSolver implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) {
        WorkUnit unit = (WorkUnit) item;
        ((TrainingSession) step.getTransientUserData()).solve(unit);
        return unit;
    }
}

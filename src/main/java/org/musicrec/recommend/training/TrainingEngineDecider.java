package org.musicrec.recommend.training;

import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends {@code train-als} to the in-process {@code train} step or to {@code train-spark}, by the engine parameter. */
@Named
@Dependent
public class TrainingEngineDecider implements Decider {

    @Inject
    TrainingRun run;

    @Override
    public String decide(StepExecution[] executions) {
        return run.parameters().engine();
    }
}

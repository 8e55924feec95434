package org.musicrec.recommend.training;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Makes the factors after the chunk's units durable before the chunk's checkpoint is committed, so
 * the checkpoint never names a state that is not on disk.
 */
@Named
@Dependent
public class AlsStateWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        ((TrainingSession) step.getTransientUserData()).save();
    }
}

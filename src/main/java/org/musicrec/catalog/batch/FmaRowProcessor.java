package org.musicrec.catalog.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.catalog.fma.CsvRow;
import org.musicrec.catalog.fma.FmaRowConverter;

/**
 * Turns a row into catalogue entities with the converter the reader put in the step context; an
 * unusable row throws the skippable MalformedRowException.
 */
@Named
@Dependent
public class FmaRowProcessor implements ItemProcessor {

    @Inject
    StepContext step;

    @Override
    public Object processItem(Object item) throws Exception {
        return ((FmaRowConverter) step.getTransientUserData()).convert((CsvRow) item);
    }
}

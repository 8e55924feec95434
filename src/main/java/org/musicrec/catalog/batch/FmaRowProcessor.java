package org.musicrec.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.musicrec.catalog.fma.CsvRow;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaRowConverter;
import org.musicrec.catalog.fma.FmaSource;

/** Turns a row into catalogue entities; an unusable row throws the skippable MalformedRowException. */
@Named
@Dependent
public class FmaRowProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String file;

    @Inject
    JobContext job;

    private FmaRowConverter converter;

    @Override
    public Object processItem(Object item) throws Exception {
        if (converter == null) {
            CatalogJobParameters p = CatalogJobParameters.from(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
            try (FmaSource source = FmaSource.open(p.source())) {
                converter = new FmaRowConverter(FmaFile.valueOf(file), p.options().plan(source.files()));
            }
        }
        return converter.convert((CsvRow) item);
    }
}

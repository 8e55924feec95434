package org.musicrec.catalog.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaRowConverter;
import org.musicrec.catalog.fma.FmaRowReader;
import org.musicrec.catalog.fma.FmaSource;

/**
 * Streams the rows of one FMA file (step property {@code file}); a file that is not in the plan
 * gives no rows, so one job serves any subset. The checkpoint is the number of rows consumed: a
 * restart skips exactly those, and the writer's upserts make a replayed chunk harmless. A
 * malformed row is thrown as a skippable exception and recorded by the skip listener.
 */
@Named
@Dependent
public class FmaRowItemReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private FmaSource source;
    private FmaRowReader rows;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        CatalogJobParameters p = CatalogJobParameters.from(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        FmaFile kind = FmaFile.valueOf(file);
        source = FmaSource.open(p.source());
        Set<FmaFile> plan = p.options().plan(source.files());
        if (!plan.contains(kind)) {
            return;
        }
        rows = source.rows(kind, p.options().limits());
        // The processor converts with the plan this reader just worked out, rather than opening the source again.
        step.setTransientUserData(new FmaRowConverter(kind, plan));
        if (checkpoint instanceof Long done && done > 0) {
            rows.skip(done);
        }
    }

    @Override
    public Object readItem() throws Exception {
        return rows == null ? null : rows.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return rows == null ? 0L : rows.position();
    }

    @Override
    public void close() throws Exception {
        if (rows != null) {
            rows.close();
        }
        if (source != null) {
            source.close();
        }
    }
}

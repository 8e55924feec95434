package org.musicrec.catalog.fma;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.musicrec.catalog.CatalogBatch;
import org.musicrec.catalog.CatalogSink;

/**
 * Writes batches on one background thread with at most one batch in flight, so parsing the next
 * batch overlaps the store's work on the last one (the import is otherwise client then server,
 * in turn) while memory stays bounded at two batches. The sink is never called concurrently:
 * problems wait for the write in flight.
 */
final class PipelinedWriter implements AutoCloseable {
    private final CatalogSink sink;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalog-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;

    PipelinedWriter(CatalogSink sink) {
        this.sink = sink;
    }

    /** Hands {@code batch} over (the caller must not touch it again) once the previous write is done. */
    void write(CatalogBatch batch) {
        await();
        inFlight = executor.submit(() -> sink.write(batch));
    }

    void recordProblem(String file, long line, String reason) {
        await();
        sink.recordProblem(file, line, reason);
    }

    /** Waits for the write in flight; its failure is rethrown here, on the caller's thread. */
    void await() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } finally {
            inFlight = null;
        }
    }

    @Override
    public void close() {
        try {
            await();
        } finally {
            executor.shutdown();
        }
    }
}

package org.musicrec.tools.devservices;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB wire-protocol server (mongo-java-server) with its persistent H2 MVStore backend: the
 * real driver talks to it as to MongoDB, and a restart on the same file keeps the data.
 */
public final class MongoDevServer implements AutoCloseable {

    private final DevServicesConfig config;
    private MongoServer server;
    /** How long the MVStore keeps dead chunks (see {@link #start}). */
    static final int RETENTION_MILLIS = 10 * 60 * 1000;

    private H2Backend backend;

    public MongoDevServer(DevServicesConfig config) {
        this.config = config;
    }

    public Path file() {
        return config.dataDir().resolve("mongo").resolve("musicrec.mv");
    }

    public void start() {
        try {
            Files.createDirectories(file().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // H2 frees a chunk 45 s (its default retention) after it went dead, even while a reader is still
        // traversing the map version that uses it; a collection scan longer than that under load then
        // fails with "Chunk N not found" (seen here once, during long scans queued behind each other).
        // Ten minutes of retention covers any read this server does, for some file growth in bursts.
        MVStore store = MVStore.open(file().toString());
        store.setRetentionTime(RETENTION_MILLIS);
        backend = new H2Backend(store);
        server = new MongoServer(backend);
        server.bind(config.host(), config.mongoPort());
    }

    /** Flushes written data to the file now rather than at the backend's next auto-commit. */
    public void commit() {
        if (backend != null) {
            backend.commit();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            backend = null; // shutdown closes the backend, which commits and closes the MVStore
        }
    }
}

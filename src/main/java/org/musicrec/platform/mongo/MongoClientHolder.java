package org.musicrec.platform.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Owns the one MongoDB client of the application. The driver connects lazily and reconnects by
 * itself, so the application deploys while the store is down and recovers when it returns; a
 * short server-selection timeout (from the URI, 3 s when it names none) turns "store down" into a
 * prompt error (a 503) rather than a request hanging for the driver's default 30 s. JNoSQL keeps
 * its own client built from the same URI; this one serves health checks and raw driver work.
 */
@ApplicationScoped
public class MongoClientHolder {

    @Inject
    MongoSettings settings;

    private static final int DEFAULT_TIMEOUT_MS = 3000;

    private MongoClient client;
    private MongoDatabase database;

    /** Creating the client opens no connection (the driver connects in the background), so this never blocks deployment. */
    @PostConstruct
    void open() {
        ConnectionString uri = new ConnectionString(settings.uri());
        MongoClientSettings.Builder b = MongoClientSettings.builder().applyConnectionString(uri);
        if (uri.getServerSelectionTimeout() == null) {
            b.applyToClusterSettings(c -> c.serverSelectionTimeout(DEFAULT_TIMEOUT_MS, TimeUnit.MILLISECONDS));
        }
        client = MongoClients.create(b.build());
        database = client.getDatabase(settings.database());
    }

    public MongoDatabase database() {
        return database;
    }

    /** Round trip to the server; throws when it is unreachable within the configured timeout. */
    public void ping() {
        database().runCommand(new Document("ping", 1));
    }

    public String describe() {
        // Never print credentials that a URI may carry.
        return new ConnectionString(settings.uri()).getHosts() + "/" + settings.database();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}

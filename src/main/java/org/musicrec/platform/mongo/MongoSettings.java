package org.musicrec.platform.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the document store is; any MongoDB-wire endpoint (see the package comment for what the code assumes of it).
 * JNoSQL reads the same values through its own keys (see microprofile-config.properties).
 */
@ApplicationScoped
public class MongoSettings {

    @Inject
    @ConfigProperty(name = "musicrec.mongo.uri", defaultValue = "mongodb://127.0.0.1:27017/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000")
    String uri;

    @Inject
    @ConfigProperty(name = "musicrec.mongo.database", defaultValue = "musicrec")
    String database;

    public String uri() {
        return uri;
    }

    public String database() {
        return database;
    }

}

package org.musicrec.platform.mongo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.DatabaseManager;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;

/**
 * Hands JNoSQL a document manager built on our own MongoDB client, instead of the one JNoSQL
 * would build from its {@code jnosql.*} keys: one client for the whole application, configured by
 * {@code musicrec.mongo.*}, with timeouts that fail fast while the store is down. As an enabled
 * alternative it wins over JNoSQL's own producer.
 */
@ApplicationScoped
public class DocumentManagerProducer {

    @Inject
    MongoClientHolder mongo;

    @Inject
    MongoSettings settings;

    @Produces
    @Alternative
    @Priority(100)
    @Typed({MongoDBDocumentManager.class, DatabaseManager.class})
    MongoDBDocumentManager documentManager() {
        return new MongoDBDocumentConfiguration().get(mongo.mongoClient()).apply(settings.database());
    }
}

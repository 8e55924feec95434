package org.musicrec.recommend.model.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.recommend.model.ModelVersions;

/** Gives CDI the Mongo adapter behind {@link ModelVersions}, built on the application's client. */
@ApplicationScoped
public class MongoModelVersionsProducer {

    @Inject
    MongoClientHolder mongo;

    @Produces
    @ApplicationScoped
    ModelVersions modelVersions() {
        return new MongoModelRegistry(mongo.database());
    }
}

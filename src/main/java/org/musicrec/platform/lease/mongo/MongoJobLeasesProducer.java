package org.musicrec.platform.lease.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.musicrec.platform.lease.JobLeases;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Gives CDI the Mongo adapter behind {@link JobLeases}. */
@ApplicationScoped
public class MongoJobLeasesProducer {

    @Inject
    MongoClientHolder mongo;

    @Produces
    @ApplicationScoped
    JobLeases jobLeases() {
        return new MongoJobLeases(mongo.database());
    }
}

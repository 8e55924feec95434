package org.musicrec.events.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.musicrec.events.ListeningHistory;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Gives CDI the Mongo adapter behind {@link ListeningHistory}: a store that only reads, so its group is a label. */
@ApplicationScoped
public class MongoListeningHistoryProducer {
    /** The consumer group of this reader's store; it never applies records, so no mark carries it. */
    static final String READER_GROUP = "serving";

    @Inject
    MongoClientHolder mongo;

    @Produces
    @ApplicationScoped
    ListeningHistory listeningHistory() {
        return new MongoInteractionStore(mongo.database(), READER_GROUP);
    }
}

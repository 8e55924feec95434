package org.musicrec.catalog.mongo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.musicrec.catalog.PlaceholderTracks;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Gives CDI the Mongo adapter behind {@link PlaceholderTracks}, built on the application's client. */
@ApplicationScoped
public class MongoPlaceholderTracksProducer {

    @Inject
    MongoClientHolder mongo;

    @Produces
    @ApplicationScoped
    PlaceholderTracks placeholderTracks() {
        return new MongoPlaceholderTracks(mongo.database());
    }
}

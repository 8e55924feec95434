package org.musicrec.events.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.musicrec.catalog.mongo.PlaceholderTracks;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityPublisher;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Sends a chunk of events through the same publisher as the API and returns once the broker has
 * acknowledged all of them, so the checkpoint after it never covers an unsent event. Items the
 * catalogue does not know become placeholder tracks first (idempotently), so every interaction the
 * replay produces names a track document.
 */
@Named
@Dependent
public class ActivityEventWriter extends AbstractItemWriter {

    @Inject
    ActivityPublisher publisher;

    @Inject
    MongoClientHolder mongo;

    @Override
    public void writeItems(List<Object> items) {
        List<ActivityEvent> events = items.stream().map(ActivityEvent.class::cast).toList();
        new PlaceholderTracks(mongo.database()).ensure(events.stream().map(ActivityEvent::trackId).toList());
        publisher.publish(events);
    }
}

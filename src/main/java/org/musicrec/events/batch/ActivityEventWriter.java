package org.musicrec.events.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityPublisher;

/**
 * Sends a chunk of events through the same publisher as the API and returns once the broker has
 * acknowledged all of them, so the checkpoint after it never covers an unsent event.
 */
@Named
@Dependent
public class ActivityEventWriter extends AbstractItemWriter {

    @Inject
    ActivityPublisher publisher;

    @Override
    public void writeItems(List<Object> items) {
        publisher.publish(items.stream().map(ActivityEvent.class::cast).toList());
    }
}

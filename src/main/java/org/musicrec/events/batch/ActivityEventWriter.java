package org.musicrec.events.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.musicrec.catalog.PlaceholderTracks;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.ActivityPublisher;
import org.musicrec.events.replay.ItemNames;
import org.musicrec.events.replay.ReplayFormat;

/**
 * Sends a chunk of events through the same publisher as the API and returns once the broker has
 * acknowledged all of them, so the checkpoint after it never covers an unsent event. Items the
 * catalogue does not know become placeholder tracks first (idempotently), so every interaction the
 * replay produces names a track document; they are titled from the data set's own names file when
 * it sits beside the history ({@link ItemNames}).
 */
@Named
@Dependent
public class ActivityEventWriter extends AbstractItemWriter {

    @Inject
    ActivityPublisher publisher;

    @Inject
    PlaceholderTracks placeholders;

    @Inject
    JobContext job;

    private ItemNames names = ItemNames.none();

    @Override
    public void open(Serializable checkpoint) {
        // The reader has checked file and format; names are cosmetic, so their file may be absent.
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String file = p.getProperty("file");
        if (file != null && !file.isBlank()) {
            names = ItemNames.beside(Path.of(file), ReplayFormat.resolve(Path.of(file), p.getProperty("format")));
        }
    }

    @Override
    public void writeItems(List<Object> items) {
        List<ActivityEvent> events = items.stream().map(ActivityEvent.class::cast).toList();
        placeholders.ensure(events.stream().map(ActivityEvent::trackId).toList(), names::of);
        publisher.publish(events);
    }
}

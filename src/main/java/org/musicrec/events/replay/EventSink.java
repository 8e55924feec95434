package org.musicrec.events.replay;

import org.musicrec.events.ActivityEvent;

/** Where replayed events go (Kafka, a batch step's writer, a test's list); a failure stops the replay. */
@FunctionalInterface
public interface EventSink {
    void accept(ActivityEvent event);
}

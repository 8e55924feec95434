package org.musicrec.events;

import java.util.List;

/** Port: hands listener events to the activity stream, returning only once it has stored them durably. */
public interface ActivityPublisher {

    /** @throws org.musicrec.platform.DependencyUnavailableException when the stream is unreachable */
    void publish(List<ActivityEvent> events);
}

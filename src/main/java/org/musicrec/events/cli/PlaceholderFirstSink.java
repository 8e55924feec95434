package org.musicrec.events.cli;

import java.util.ArrayList;
import java.util.List;
import org.musicrec.catalog.mongo.PlaceholderTracks;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.replay.EventSink;

/**
 * For {@code replay --mongo}: holds events back in chunks, makes sure every track they name exists
 * (placeholders for the ones the catalogue lacks) and only then hands them on, so no replayed
 * interaction names a track document that is not there. {@link #flush} passes on the last chunk.
 */
final class PlaceholderFirstSink implements EventSink {

    private final PlaceholderTracks placeholders;
    private final EventSink next;
    private final int chunk;
    private final List<ActivityEvent> held = new ArrayList<>();
    private long created;

    PlaceholderFirstSink(PlaceholderTracks placeholders, EventSink next, int chunk) {
        this.placeholders = placeholders;
        this.next = next;
        this.chunk = chunk;
    }

    @Override
    public void accept(ActivityEvent e) {
        held.add(e);
        if (held.size() >= chunk) {
            flush();
        }
    }

    void flush() {
        if (held.isEmpty()) {
            return;
        }
        created += placeholders.ensure(held.stream().map(ActivityEvent::trackId).toList());
        held.forEach(next::accept);
        held.clear();
    }

    long created() {
        return created;
    }
}

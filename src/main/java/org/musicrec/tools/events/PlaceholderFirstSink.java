package org.musicrec.tools.events;

import java.util.ArrayList;
import java.util.List;
import org.musicrec.catalog.PlaceholderTracks;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.replay.EventSink;
import org.musicrec.events.replay.ItemNames;

/**
 * For {@code replay --mongo}: holds events back in chunks, makes sure every track they name exists
 * (placeholders for the ones the catalogue lacks, titled from the data set's names file) and only then hands them on, so no replayed
 * interaction names a track document that is not there. {@link #flush} passes on the last chunk.
 */
final class PlaceholderFirstSink implements EventSink {

    private final PlaceholderTracks placeholders;
    private final ItemNames names;
    private final EventSink next;
    private final int chunk;
    private final List<ActivityEvent> held = new ArrayList<>();
    private long created;

    PlaceholderFirstSink(PlaceholderTracks placeholders, ItemNames names, EventSink next, int chunk) {
        this.placeholders = placeholders;
        this.names = names;
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
        created += placeholders.ensure(held.stream().map(ActivityEvent::trackId).toList(), names::of);
        held.forEach(next::accept);
        held.clear();
    }

    long created() {
        return created;
    }
}

package org.musicrec.catalog;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes sure every track id an interaction may name has a track document: ids the catalogue does
 * not know (the items of a replayed history, {@code lastfm:51}) get a placeholder track. Idempotent:
 * a catalogue track, or a placeholder made earlier, is never overwritten.
 */
public interface PlaceholderTracks {

    /** Ensures a track document for each id; returns how many placeholders this call created. */
    default int ensure(Collection<String> trackIds) {
        return ensure(trackIds, id -> Optional.empty());
    }

    /** The same, titling each new placeholder with {@code titles} of its id (the id itself when it has none). */
    int ensure(Collection<String> trackIds, Function<String, Optional<String>> titles);
}

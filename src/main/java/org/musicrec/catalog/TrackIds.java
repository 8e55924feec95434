package org.musicrec.catalog;

import java.nio.file.Path;

/**
 * FMA names a track's audio by its zero-padded id: {@code 000/000002.mp3} is track 2. One rule for
 * the sampler (ZIP entry names) and the feature extractor (files), so both name a track alike.
 */
public final class TrackIds {
    /** Longer digit runs would overflow a long; they are not FMA ids. */
    private static final int MAX_DIGITS = 18;

    private TrackIds() {
    }

    /** @return the track id in the name's last path element, or -1 when its stem is not all digits */
    public static long parse(String name) {
        String stem = stem(name);
        if (stem.isEmpty() || stem.length() > MAX_DIGITS) {
            return -1;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (stem.charAt(i) < '0' || stem.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(stem);
    }

    /** @return the track id of an audio file: its number when the stem is FMA's, else the stem as it is */
    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        long id = parse(name);
        return id >= 0 ? Long.toString(id) : stem(name);
    }

    /** The last path element without its extension; a leading dot (a hidden file) is not an extension. */
    private static String stem(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}

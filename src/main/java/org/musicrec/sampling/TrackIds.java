package org.musicrec.sampling;

/** FMA names a track's audio by its zero-padded id: {@code 000/000002.mp3} is track 2. */
public final class TrackIds {
    private TrackIds() {
    }

    /** @return the track id in the entry's file name, or -1 when the name is not all digits */
    public static long parse(String entryName) {
        int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
        String base = entryName.substring(slash + 1);
        int dot = base.indexOf('.');
        String stem = dot < 0 ? base : base.substring(0, dot);
        if (stem.isEmpty() || stem.length() > 18) {
            return -1;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (stem.charAt(i) < '0' || stem.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(stem);
    }
}

package org.musicrec.audio;

import java.nio.file.Path;

/** FMA's track ids from audio file names: {@code 000123.mp3} is track 123; other stems are kept as they are. */
public final class TrackIds {
    private TrackIds() {
    }

    public static String fromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (!stem.isEmpty() && stem.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String trimmed = stem.replaceFirst("^0+", "");
            return trimmed.isEmpty() ? "0" : trimmed;
        }
        return stem;
    }
}

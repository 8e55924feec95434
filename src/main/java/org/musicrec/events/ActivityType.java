package org.musicrec.events;

import java.util.Locale;
import java.util.Optional;

/** What a listener did with a track. */
public enum ActivityType {
    PLAY, SKIP, LIKE, DISLIKE, COMPLETE, RATE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActivityType> parse(String s) {
        for (ActivityType t : values()) {
            if (t.wireName().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

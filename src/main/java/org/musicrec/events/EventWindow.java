package org.musicrec.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When an event accepted now may have happened: not before {@code earliest}, and at most
 * {@code maxAhead} after the clock of whoever accepts it (client clocks run a little ahead). Set by
 * {@code musicrec.events.at.earliest} and {@code musicrec.events.at.max-ahead}.
 */
public record EventWindow(Instant earliest, Duration maxAhead) {

    /**
     * Before every history the project replays (MovieLens 100K starts in 1997); later than that
     * would refuse those lines under the same rules.
     */
    public static final String DEFAULT_EARLIEST = "1990-01-01T00:00:00Z";
    public static final String DEFAULT_MAX_AHEAD = "PT24H";
    /** A clock further off than this is a misconfiguration, not a client running ahead. */
    static final Duration MAX_AHEAD_LIMIT = Duration.ofDays(366);

    public static final EventWindow DEFAULT = parse(DEFAULT_EARLIEST, DEFAULT_MAX_AHEAD);

    public EventWindow {
        if (earliest.isBefore(EventBounds.EARLIEST_STORABLE) || earliest.isAfter(EventBounds.LATEST_STORABLE)) {
            throw new IllegalArgumentException("the earliest event time must be from " + EventBounds.EARLIEST_STORABLE
                    + " to " + EventBounds.LATEST_STORABLE + ", was " + earliest);
        }
        if (maxAhead.isNegative() || maxAhead.compareTo(MAX_AHEAD_LIMIT) > 0) {
            throw new IllegalArgumentException("the time an event may be ahead must be from PT0S to " + MAX_AHEAD_LIMIT
                    + ", was " + maxAhead);
        }
    }

    /** From the configuration's text forms (an ISO-8601 instant and duration), naming what is wrong. */
    public static EventWindow parse(String earliest, String maxAhead) {
        try {
            return new EventWindow(Instant.parse(earliest.trim()), Duration.parse(maxAhead.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("musicrec.events.at.earliest must be an ISO-8601 instant and "
                    + "musicrec.events.at.max-ahead an ISO-8601 duration (such as PT24H): " + e.getMessage(), e);
        }
    }

    /** The latest time an event accepted at {@code now} may carry. */
    public Instant latest(Instant now) {
        Instant limit = EventBounds.LATEST_STORABLE.minus(maxAhead);
        return now.isAfter(limit) ? EventBounds.LATEST_STORABLE : now.plus(maxAhead);
    }
}

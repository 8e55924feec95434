package org.musicrec.events;

import java.time.Instant;

/**
 * The bounds of an event's values, in one place for the API, the replay parsers and the consumers
 * ({@link EventRules} applies them).
 *
 * <p>Why these keep every sum exact: an interaction adds its events' counts, score steps and
 * listening times as {@code long}s. One event adds at most {@link #MAX_COUNT} to a count,
 * {@link #MAX_SCORE_STEP} to the score and {@link #MAX_MS_PLAYED} to the listening time, so a
 * request of {@code musicrec.events.max-batch} events, or a consumer batch, sums far below
 * {@code Long.MAX_VALUE}; even the counts of a full request fit an {@code int}. Only one (user,
 * track) pair receiving more events than the pipeline applies in years could reach the limit, and
 * the folding refuses such a sum ({@code ArithmeticException}) rather than wrapping it, so the
 * event is dead-lettered instead of turning a weight negative. Times must fit epoch milliseconds,
 * BSON dates and four-digit ISO years, whatever window the door is configured with.
 */
public final class EventBounds {

    /** Actions one event may summarise; the largest listening count of HetRec's Last.fm set fits. */
    public static final int MAX_COUNT = 1_000_000;
    /** Listening time one event may report: a day. A longer summarised history is sent as several events. */
    public static final long MAX_MS_PLAYED = 24L * 60 * 60 * 1000;
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** The most one event adds to or takes from an interaction's score: a like or a dislike weighs five plays. */
    public static final long MAX_SCORE_STEP = 5L * MAX_COUNT;
    /** User and track ids: they appear in URL paths and in the interaction document id. */
    public static final int MAX_ID_CHARS = 128;
    public static final int MAX_EVENT_ID_CHARS = 64;
    /** The first and last instants any event may carry, whatever the configured window. */
    public static final Instant EARLIEST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST_STORABLE = Instant.parse("9999-12-31T23:59:59.999Z");

    private EventBounds() {
    }
}

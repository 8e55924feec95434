package org.musicrec.events;

import java.time.Instant;

/**
 * What one listener has done with one track, summed over every event applied so far: the input of
 * implicit-feedback training. {@link #rating} is the last explicit rating in stream order (a user's
 * events are keyed by user, so they stay in the order they were sent); null when never rated.
 *
 * <p>The implicit weight is {@code w = max(0, plays + 2*completes + 5*likes - 5*dislikes - skips)}:
 * a completed listen counts as a play and more, a like outweighs a handful of plays, and skips and
 * dislikes pull the weight down but never below zero, because ALS confidence must not be negative.
 */
public record Interaction(String userId, String trackId, long plays, long skips, long completes, long likes,
                          long dislikes, Integer rating, Instant firstAt, Instant lastAt, long msPlayed, long events) {

    public static Interaction empty(String userId, String trackId) {
        return new Interaction(userId, trackId, 0, 0, 0, 0, 0, null, null, null, 0, 0);
    }

    /** The document id in {@code interactions}: one document per (user, track). */
    public static String id(String userId, String trackId) {
        return userId + "|" + trackId;
    }

    public String id() {
        return id(userId, trackId);
    }

    /** The weight before the floor at zero; sums of these over events add up, unlike the floored weight. */
    public static long score(long plays, long skips, long completes, long likes, long dislikes) {
        return plays + 2 * completes + 5 * likes - 5 * dislikes - skips;
    }

    public long score() {
        return score(plays, skips, completes, likes, dislikes);
    }

    /** The implicit-feedback weight, {@code max(0, score)}. */
    public long weight() {
        return Math.max(0, score());
    }
}

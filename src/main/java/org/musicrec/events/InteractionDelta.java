package org.musicrec.events;

import java.time.Instant;

/**
 * What one or more events add to an interaction. Deltas combine associatively in stream order, so
 * a batch of a user's events on one track becomes one conditional write in MongoDB that has the same
 * effect as applying the events one by one.
 */
public record InteractionDelta(long plays, long skips, long completes, long likes, long dislikes,
                               Integer rating, Instant firstAt, Instant lastAt, long msPlayed, long events) {

    public long score() {
        return Interaction.score(plays, skips, completes, likes, dislikes);
    }

    /** This delta followed by {@code later}: counts add (exactly, or {@code ArithmeticException}), the later rating wins, times widen. */
    public InteractionDelta then(InteractionDelta later) {
        return new InteractionDelta(Math.addExact(plays, later.plays), Math.addExact(skips, later.skips),
                Math.addExact(completes, later.completes), Math.addExact(likes, later.likes),
                Math.addExact(dislikes, later.dislikes),
                later.rating != null ? later.rating : rating,
                min(firstAt, later.firstAt), max(lastAt, later.lastAt),
                Math.addExact(msPlayed, later.msPlayed), Math.addExact(events, later.events));
    }

    static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}

package org.musicrec.events;

/**
 * How an activity event changes an interaction. {@code count} multiplies the counted action (a
 * summarised history of 12 plays adds 12 plays); a {@code rate} event sets the rating and counts
 * nothing else; {@code msPlayed} adds to the listening time whatever the type. Kept free of any store
 * so that the Mongo writer and in-memory folds agree by construction.
 */
public final class InteractionFolding {

    private InteractionFolding() {
    }

    /** Rejects what the folding cannot apply; the consumer sends such records to the dead-letter topic. */
    public static void check(ActivityEvent e) {
        if (e.count() < 1) {
            throw new PoisonRecordException("count must be at least 1, got " + e.count());
        }
        if (e.type() == ActivityType.RATE && (e.rating() == null || e.rating() < 1 || e.rating() > 5)) {
            throw new PoisonRecordException("a rate event needs a rating from 1 to 5, got " + e.rating());
        }
        if (e.msPlayed() != null && e.msPlayed() < 0) {
            throw new PoisonRecordException("msPlayed must not be negative, got " + e.msPlayed());
        }
    }

    public static InteractionDelta delta(ActivityEvent e) {
        check(e);
        long n = e.count();
        ActivityType t = e.type();
        return new InteractionDelta(
                t == ActivityType.PLAY ? n : 0, t == ActivityType.SKIP ? n : 0, t == ActivityType.COMPLETE ? n : 0,
                t == ActivityType.LIKE ? n : 0, t == ActivityType.DISLIKE ? n : 0,
                t == ActivityType.RATE ? e.rating() : null,
                e.at(), e.at(), e.msPlayed() == null ? 0 : e.msPlayed(), 1);
    }

    public static Interaction apply(Interaction i, InteractionDelta d) {
        return new Interaction(i.userId(), i.trackId(), i.plays() + d.plays(), i.skips() + d.skips(),
                i.completes() + d.completes(), i.likes() + d.likes(), i.dislikes() + d.dislikes(),
                d.rating() != null ? d.rating() : i.rating(),
                InteractionDelta.min(i.firstAt(), d.firstAt()), InteractionDelta.max(i.lastAt(), d.lastAt()),
                i.msPlayed() + d.msPlayed(), i.events() + d.events());
    }

    /** Applies one event; it must concern the interaction's user and track. */
    public static Interaction apply(Interaction i, ActivityEvent e) {
        if (!i.userId().equals(e.userId()) || !i.trackId().equals(e.trackId())) {
            throw new IllegalArgumentException("event " + e.eventId() + " is for " + Interaction.id(e.userId(), e.trackId())
                    + ", not " + i.id());
        }
        return apply(i, delta(e));
    }
}

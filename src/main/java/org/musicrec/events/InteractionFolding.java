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

    /** Rejects what the folding cannot apply ({@link EventRules#applicable}); the consumer sends such records to the dead-letter topic. */
    public static void check(ActivityEvent e) {
        EventRules.requireApplicable(e);
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

    /**
     * The interaction after the delta. Every sum is exact ({@code ArithmeticException} otherwise, the
     * score included), so a store that folds before it writes never writes a wrapped count.
     */
    public static Interaction apply(Interaction i, InteractionDelta d) {
        Interaction next = new Interaction(i.userId(), i.trackId(), Math.addExact(i.plays(), d.plays()),
                Math.addExact(i.skips(), d.skips()), Math.addExact(i.completes(), d.completes()),
                Math.addExact(i.likes(), d.likes()), Math.addExact(i.dislikes(), d.dislikes()),
                d.rating() != null ? d.rating() : i.rating(),
                InteractionDelta.min(i.firstAt(), d.firstAt()), InteractionDelta.max(i.lastAt(), d.lastAt()),
                Math.addExact(i.msPlayed(), d.msPlayed()), Math.addExact(i.events(), d.events()));
        exactScore(next);
        return next;
    }

    /** The score as {@link Interaction#score} computes it, or {@code ArithmeticException} where that would wrap. */
    static long exactScore(Interaction i) {
        long positive = Math.addExact(Math.addExact(i.plays(), Math.multiplyExact(2, i.completes())), Math.multiplyExact(5, i.likes()));
        return Math.subtractExact(Math.subtractExact(positive, Math.multiplyExact(5, i.dislikes())), i.skips());
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

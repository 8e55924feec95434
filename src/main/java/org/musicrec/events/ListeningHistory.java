package org.musicrec.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the activity capability offers about listeners: each one's interactions as folded so far,
 * who changed lately, who is most active, and the values training learns from.
 */
public interface ListeningHistory {

    /** Every interaction of one user. */
    List<Interaction> ofUser(String userId);

    /** Every interaction of these users; users without any are absent from the map. */
    Map<String, List<Interaction>> ofUsers(Collection<String> userIds);

    /** The users with an interaction applied at or after {@code since} (the store's own clock). */
    Set<String> usersAppliedSince(Instant since);

    /** The {@code n} listeners with the most interactions, most first, ties by user id. */
    List<ListenerActivity> mostActive(int n);

    /**
     * Hands {@code out} every interaction training can learn from, in interaction-id order (so the
     * same interactions always come in the same order): with {@code implicit}, those with a positive
     * score, valued by it; otherwise those with a rating, valued by it.
     */
    void forEachTrainingValue(boolean implicit, TrainingValueConsumer out);

    /** A listener and how many interactions (distinct tracks) they have. */
    record ListenerActivity(String userId, long interactions) {
    }

    @FunctionalInterface
    interface TrainingValueConsumer {
        void accept(String userId, String trackId, float value);
    }
}

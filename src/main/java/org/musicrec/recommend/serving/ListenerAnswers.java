package org.musicrec.recommend.serving;

import java.util.BitSet;
import java.util.Map;
import org.musicrec.platform.memory.BoundedLruMap;

/**
 * Each listener's current answer under one model, kept so that a request costs no read: at most
 * {@code maxEntries} listeners, the least recently used dropped first, and none for a listener the
 * store has no interactions for (their answer is the popular list, the same for everybody; keeping
 * them would let made-up ids push real listeners out).
 *
 * <p>Dropping an answer must not make it stale. A listener the store knows is recomputed from their
 * interactions when asked again, which is exact. A listener the model knows would be answered from
 * the list stored at training, which misses the events folded in since: once folded in, a model
 * listener is marked ({@link #precomputedIsCurrent} turns false, one bit per model listener, so the
 * marks are bounded by the model), and from then on recomputed from their interactions too.
 *
 * <p>An answer computed on a miss is kept only if no refresh of that listener ran meanwhile
 * ({@link #sequence()} before the read, {@link #keepUnlessRefreshedSince} after): otherwise the
 * refresh's newer answer, if dropped in between, would be replaced by the older one. Refreshes are
 * remembered by a fixed table of stamps indexed by a hash of the id, so a collision only means an
 * answer is not kept, never that a stale one is.
 */
final class ListenerAnswers {
    private static final int STAMPS = 1024;

    private final BoundedLruMap<String, UserEntry> entries;
    private final Map<String, Integer> modelUsers;
    /** Model listeners whose training-time list no longer holds (their events were folded in since). */
    private final BitSet foldedIn = new BitSet();
    private final long[] refreshedAt = new long[STAMPS];
    private long sequence;

    /** @param modelUsers the model's listener indices (empty without a model) */
    ListenerAnswers(int maxEntries, Map<String, Integer> modelUsers) {
        this.entries = new BoundedLruMap<>(Math.max(0, maxEntries));
        this.modelUsers = modelUsers;
    }

    UserEntry get(String userId) {
        return entries.get(userId);
    }

    /** Whether the model's stored list is the listener's answer: the model knows them and nothing was folded in since. */
    synchronized boolean precomputedIsCurrent(String userId) {
        Integer index = modelUsers.get(userId);
        return index != null && !foldedIn.get(index);
    }

    /** Where the refreshes stand; taken before the read behind {@link #keepUnlessRefreshedSince}. */
    synchronized long sequence() {
        return sequence;
    }

    /** Keeps an answer computed on a miss, unless the listener has none of their own or was refreshed since {@code since}. */
    synchronized void keepUnlessRefreshedSince(String userId, UserEntry answer, long since) {
        if (personal(answer) && refreshedAt[slot(userId)] <= since) {
            entries.putIfAbsent(userId, answer);
        }
    }

    /** The answer just recomputed from the listener's interactions (fold-in): it replaces the one held. */
    synchronized void refreshed(String userId, UserEntry answer) {
        changed(userId);
        if (personal(answer)) {
            entries.put(userId, answer);
        } else {
            entries.remove(userId);
        }
    }

    /** The listener's interactions changed and their answer was not recomputed: the next request recomputes it. */
    synchronized void forget(String userId) {
        changed(userId);
        entries.remove(userId);
    }

    int size() {
        return entries.size();
    }

    private void changed(String userId) {
        refreshedAt[slot(userId)] = ++sequence;
        Integer index = modelUsers.get(userId);
        if (index != null) {
            foldedIn.set(index);
        }
    }

    /** An answer of the listener's own; "popular" is what a listener without interactions gets. */
    private static boolean personal(UserEntry answer) {
        return !answer.strategy().equals("popular");
    }

    private static int slot(String userId) {
        return Math.floorMod(userId.hashCode(), STAMPS);
    }
}

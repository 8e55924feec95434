package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.musicrec.events.Interaction;

/**
 * The in-memory histories behind the fold-in: exact whatever the order in which the consumer's states
 * and the store's reads arrive, read once per listener, bounded, and forgetful after the ttl.
 */
class ListenerHistoriesTest {

    /** A stand-in for the interactions collection: what a read returns, and how many reads were asked for. */
    static final class Store implements Function<Collection<String>, Map<String, List<Interaction>>> {
        final Map<String, Map<String, Interaction>> docs = new HashMap<>();
        final List<Collection<String>> reads = new ArrayList<>();
        Runnable duringRead = () -> { };

        void put(Interaction i) {
            docs.computeIfAbsent(i.userId(), u -> new HashMap<>()).put(i.trackId(), i);
        }

        @Override
        public Map<String, List<Interaction>> apply(Collection<String> users) {
            reads.add(List.copyOf(users));
            Map<String, List<Interaction>> out = new HashMap<>();
            for (String u : users) {
                if (docs.containsKey(u)) {
                    out.put(u, new ArrayList<>(docs.get(u).values()));
                }
            }
            duringRead.run(); // what the consumer writes after the read has seen the collection
            return out;
        }
    }

    static Interaction i(String user, String track, long plays) {
        return new Interaction(user, track, plays, 0, 0, 0, 0, null, null, null, 0, plays);
    }

    static List<Interaction> sorted(List<Interaction> l) {
        List<Interaction> out = new ArrayList<>(l);
        out.sort(Comparator.comparing(Interaction::trackId));
        return out;
    }

    final AtomicLong now = new AtomicLong();

    ListenerHistories cache(long max) {
        return new ListenerHistories(max, Duration.ofMinutes(10), now::get);
    }

    @Test
    void aListenerIsReadOnceThenFollowsTheWrittenStates() {
        Store store = new Store();
        store.put(i("u", "a", 3));
        store.put(i("u", "b", 1));
        ListenerHistories h = cache(1000);
        assertEquals(List.of(i("u", "a", 3), i("u", "b", 1)), sorted(h.of(List.of("u"), store).get("u")));
        // The consumer writes b again and a new track c; the cache is told, the store too.
        Interaction b2 = i("u", "b", 4);
        Interaction c = i("u", "c", 1);
        store.put(b2);
        store.put(c);
        h.written(List.of(b2, c));
        assertEquals(List.of(i("u", "a", 3), b2, c), sorted(h.of(List.of("u"), store).get("u")));
        assertEquals(1, store.reads.size(), "the second answer came from memory");
    }

    @Test
    void aStateWrittenWhileTheStoreIsReadIsNotLost() {
        // The read sees b at 1 event; the consumer then writes b to 2 and tells the cache before the
        // read's result is merged. The older read must not win.
        Store store = new Store();
        store.put(i("u", "b", 1));
        ListenerHistories h = cache(1000);
        Interaction newer = i("u", "b", 2);
        store.duringRead = () -> h.written(List.of(newer));
        assertEquals(List.of(newer), h.of(List.of("u"), store).get("u"));
        store.duringRead = () -> { };
        assertEquals(List.of(newer), h.of(List.of("u"), store).get("u"));
        assertEquals(1, store.reads.size());
    }

    @Test
    void statesBeforeTheFirstReadDoNotMakeAHistoryComplete() {
        // Only the track just written is known: the rest of the history must still be read.
        Store store = new Store();
        store.put(i("u", "a", 5));
        store.put(i("u", "b", 2));
        ListenerHistories h = cache(1000);
        h.written(List.of(i("u", "b", 2)));
        assertEquals(List.of(i("u", "a", 5), i("u", "b", 2)), sorted(h.of(List.of("u"), store).get("u")));
        assertEquals(List.of(List.of("u")), store.reads);
    }

    @Test
    void anOlderStateArrivingLateChangesNothing() {
        Store store = new Store();
        ListenerHistories h = cache(1000);
        h.of(List.of("u"), store);
        h.written(List.of(i("u", "a", 7)));
        h.written(List.of(i("u", "a", 6))); // an earlier batch's event delivered after a later one
        assertEquals(List.of(i("u", "a", 7)), h.of(List.of("u"), store).get("u"));
    }

    @Test
    void boundedByInteractionsHeldLeastRecentlyUsedFirst() {
        Store store = new Store();
        for (String u : List.of("u1", "u2", "u3")) {
            store.put(i(u, "a", 1));
            store.put(i(u, "b", 1));
        }
        ListenerHistories h = cache(6);
        h.of(List.of("u1"), store);
        h.of(List.of("u2"), store);
        h.of(List.of("u1"), store); // u1 used again: u2 is now the least recently used
        h.of(List.of("u3"), store); // 9 held (each listener's two interactions and the listener) > 6: u2 goes
        assertEquals(2, h.listeners());
        store.reads.clear();
        h.of(List.of("u1", "u2", "u3"), store);
        assertEquals(List.of(List.of("u2")), store.reads);
    }

    @Test
    void listenersWithoutInteractionsCountTowardTheBoundToo() {
        Store store = new Store();
        ListenerHistories h = cache(10);
        for (int u = 0; u < 1000; u++) {
            assertEquals(Map.of("nobody-" + u, List.of()), h.of(List.of("nobody-" + u), store));
        }
        assertEquals(10, h.listeners());
    }

    @Test
    void evictedDuringItsReadTheListenerIsAnsweredButReadAgainNextTime() {
        Store store = new Store();
        store.put(i("u", "a", 1));
        store.put(i("v", "a", 1));
        store.put(i("v", "b", 1));
        ListenerHistories h = cache(2);
        // While u is read, the consumer writes three of v's tracks: over the bound, so u's fresh
        // (eldest) entry is evicted, and v's too.
        store.duringRead = () -> h.written(List.of(i("v", "a", 1), i("v", "b", 1), i("v", "c", 1)));
        assertEquals(List.of(i("u", "a", 1)), h.of(List.of("u"), store).get("u"));
        store.duringRead = () -> { };
        h.of(List.of("u"), store);
        assertEquals(2, store.reads.size(), "u was not kept as complete, so it is read again");
    }

    @Test
    void aHistoryOlderThanTheTtlIsReadAgain() {
        // Another server's consumer (after a rebalance) wrote a track this cache never heard of.
        Store store = new Store();
        store.put(i("u", "a", 1));
        ListenerHistories h = cache(1000);
        h.of(List.of("u"), store);
        store.put(i("u", "b", 1));
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertEquals(1, h.of(List.of("u"), store).get("u").size());
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(List.of(i("u", "a", 1), i("u", "b", 1)), sorted(h.of(List.of("u"), store).get("u")));
        assertEquals(2, store.reads.size());
    }

    @Test
    void anAssignmentOfTheConsumerGroupForgetsEveryListener() {
        // Another instance may have applied events of these listeners while it owned their partitions.
        Store store = new Store();
        store.put(i("u", "a", 1));
        ListenerHistories h = cache(1000);
        h.of(List.of("u"), store);
        store.put(i("u", "a", 3)); // written by the other instance: this cache never heard of it
        h.onAssigned(new org.musicrec.events.InteractionPartitionsAssigned(java.util.Set.of(0, 1)));
        assertEquals(0, h.listeners());
        assertEquals(List.of(i("u", "a", 3)), h.of(List.of("u"), store).get("u"));
        assertEquals(2, store.reads.size());
    }

    @Test
    void offReadsEveryTime() {
        Store store = new Store();
        store.put(i("u", "a", 1));
        ListenerHistories h = cache(0);
        h.written(List.of(i("u", "a", 1)));
        h.of(List.of("u"), store);
        h.of(List.of("u"), store);
        assertEquals(2, store.reads.size());
        assertEquals(0, h.listeners());
    }
}

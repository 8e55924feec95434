package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionPartitionsAssigned;

/**
 * The interactions of recently refreshed listeners, kept in memory so the fold-in after every applied
 * batch does not read a listener's whole history again for each event. Without it the fresh-list worker
 * read hundreds of documents per touched user where the consumer wrote one per event, and a read may
 * hold the collection's lock, so the consumer's writes waited behind it (BENCHMARKS.md, run G).
 *
 * <p>Kept exact without ordering assumptions: the consumer hands over the state it wrote for every
 * (user, track) document ({@link #written}), and a state replaces the one held only when it has applied
 * more events ({@link Interaction#events()} only grows). A listener's entry is <em>complete</em> once a
 * read of the store has been merged into it the same way; the states written meanwhile are merged too,
 * whichever arrives first, so a read that raced a write loses nothing. The caller must hand over a
 * batch's states before it asks for those users' histories (the worker is told of the users after).
 *
 * <p>What another server's consumer applied while it owned a listener's partition is news here when the
 * partition comes back: every assignment of the consumer group empties the cache
 * ({@link InteractionPartitionsAssigned}). What it cannot see at all, a tool writing documents directly,
 * it forgets after {@code ttl}: a complete entry older than that is read again. Bounded by the number of
 * interactions held plus one per listener (so listeners without any still count), least recently used
 * listeners first; {@code max-interactions} 0 turns the cache off (every history is read).
 */
@ApplicationScoped
public class ListenerHistories {

    @Inject
    @ConfigProperty(name = "musicrec.serving.history-cache.max-interactions", defaultValue = "500000")
    long maxInteractions;

    @Inject
    @ConfigProperty(name = "musicrec.serving.history-cache.ttl", defaultValue = "PT10M")
    Duration ttl;

    private LongSupplier clock = System::nanoTime;

    /** Access order: the eldest entry is the least recently used listener. Guarded by {@code this}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    /** Interactions held plus one per listener held. */
    private long held;

    private static final class Entry {
        final Map<String, Interaction> byTrack = new HashMap<>();
        boolean complete;
        long readAt;
    }

    public ListenerHistories() {
    }

    /** For tests: a cache with its settings and clock given. */
    ListenerHistories(long maxInteractions, Duration ttl, LongSupplier clock) {
        this.maxInteractions = maxInteractions;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** States just written by the consumer (durable). */
    public synchronized void written(Collection<Interaction> states) {
        if (maxInteractions <= 0) {
            return;
        }
        for (Interaction i : states) {
            held += merge(entry(i.userId()), i);
        }
        evict();
    }

    /**
     * Every listener's interactions: complete fresh entries from memory, the others read by
     * {@code read} (one call for all of them, outside the lock) and merged.
     */
    public Map<String, List<Interaction>> of(Collection<String> userIds, Function<Collection<String>, Map<String, List<Interaction>>> read) {
        if (maxInteractions <= 0) {
            return read.apply(userIds);
        }
        Map<String, List<Interaction>> out = new HashMap<>();
        Map<String, Entry> toRead = new LinkedHashMap<>();
        long started = clock.getAsLong();
        synchronized (this) {
            for (String user : userIds) {
                Entry e = entries.get(user);
                if (e != null && e.complete && started - e.readAt <= ttl.toNanos()) {
                    out.put(user, new ArrayList<>(e.byTrack.values()));
                } else {
                    toRead.put(user, entry(user));
                }
            }
        }
        if (toRead.isEmpty()) {
            return out;
        }
        Map<String, List<Interaction>> fromStore = read.apply(toRead.keySet());
        synchronized (this) {
            for (Map.Entry<String, Entry> t : toRead.entrySet()) {
                String user = t.getKey();
                Entry e = t.getValue();
                // Evicted while the store was read: states written meanwhile may have gone with it,
                // so this entry must not count as complete (nor be held); the answer is still exact.
                boolean kept = entries.get(user) == e;
                for (Interaction i : fromStore.getOrDefault(user, List.of())) {
                    int added = merge(e, i);
                    held += kept ? added : 0;
                }
                if (kept) {
                    e.complete = true;
                    e.readAt = started;
                }
                out.put(user, new ArrayList<>(e.byTrack.values()));
            }
            evict();
        }
        return out;
    }

    /** Forgets everyone: a read running meanwhile answers but does not keep its listeners as complete. */
    void onAssigned(@Observes InteractionPartitionsAssigned event) {
        forgetAll();
    }

    /**
     * Forgets these listeners (another node applied their events): their next refresh here reads the
     * store. A read running meanwhile answers but does not keep them as complete.
     */
    public synchronized void forget(Collection<String> userIds) {
        for (String user : userIds) {
            Entry e = entries.remove(user);
            if (e != null) {
                held -= e.byTrack.size() + 1;
            }
        }
    }

    synchronized void forgetAll() {
        entries.clear();
        held = 0;
    }

    /** Listeners held, complete or not (for tests and metrics). */
    public synchronized int listeners() {
        return entries.size();
    }

    /** The listener's entry, created (and counted) when absent. */
    private Entry entry(String user) {
        Entry e = entries.get(user);
        if (e == null) {
            e = new Entry();
            entries.put(user, e);
            held++;
        }
        return e;
    }

    /** Returns 1 when the track is new to the entry. */
    private static int merge(Entry e, Interaction i) {
        Interaction old = e.byTrack.get(i.trackId());
        if (old == null || i.events() > old.events()) {
            e.byTrack.put(i.trackId(), i);
        }
        return old == null ? 1 : 0;
    }

    private void evict() {
        Iterator<Entry> it = entries.values().iterator();
        while (held > maxInteractions && it.hasNext()) {
            held -= it.next().byTrack.size() + 1;
            it.remove();
        }
    }
}

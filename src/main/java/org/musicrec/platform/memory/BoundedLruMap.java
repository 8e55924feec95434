package org.musicrec.platform.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map that holds at most {@code maxEntries} entries and drops the least recently used one to make
 * room: for caches and per-client state keyed by what a request or a file names (a listener id, a
 * track id, a sample rate), where every distinct key would otherwise stay until the process ends.
 * A maximum of 0 keeps nothing (the cache is off). Thread-safe; each call holds the map's lock, so
 * callers that need several calls to be atomic synchronize on their own lock around them.
 */
public final class BoundedLruMap<K, V> {

    private final int maxEntries;
    /** Access order: the eldest entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<K, V> entries;

    public BoundedLruMap(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("at most " + maxEntries + " entries");
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024) + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedLruMap.this.maxEntries;
            }
        };
    }

    /** The value, which becomes the most recently used; null when absent. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Keeps {@code value} unless the key has one; returns the value held before (null if none). */
    public synchronized V putIfAbsent(K key, V value) {
        return entries.putIfAbsent(key, value);
    }

    /** The value held, or the one computed now and kept (the function runs under the lock: keep it cheap). */
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V v = entries.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (v != null) {
                entries.put(key, v);
            }
        }
        return v;
    }

    public synchronized V remove(K key) {
        return entries.remove(key);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    public int maxEntries() {
        return maxEntries;
    }
}

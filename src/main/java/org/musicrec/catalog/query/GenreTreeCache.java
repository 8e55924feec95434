package org.musicrec.catalog.query;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The genre tree with its track counts, computed once per catalogue change rather than per request:
 * the counts come from an aggregation over every track, which a request must not be able to start.
 * At most every {@code checkNanos} a cheap signature of the catalogue (its document counts) is read;
 * the tree is computed again when the signature changed, or when it is older than {@code maxAgeNanos}
 * (edits in place, e.g. a re-import that changes genres, leave the counts of documents as they were).
 * One caller computes while the others wait for its answer, so a burst after a change costs one
 * aggregation.
 */
final class GenreTreeCache<T> {

    private record Held<T>(T value, String signature, long computedAt, long checkedAt) {
    }

    private final Supplier<String> signature;
    private final Supplier<T> compute;
    private final long checkNanos;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private volatile Held<T> held;

    GenreTreeCache(Supplier<String> signature, Supplier<T> compute, long checkNanos, long maxAgeNanos, LongSupplier clock) {
        this.signature = signature;
        this.compute = compute;
        this.checkNanos = checkNanos;
        this.maxAgeNanos = maxAgeNanos;
        this.clock = clock;
    }

    T get() {
        Held<T> h = held;
        if (h != null && clock.getAsLong() - h.checkedAt() < checkNanos) {
            return h.value();
        }
        synchronized (this) {
            h = held;
            long now = clock.getAsLong();
            if (h != null && now - h.checkedAt() < checkNanos) {
                return h.value(); // another caller checked while this one waited
            }
            String sig = signature.get(); // read before computing: a change meanwhile shows at the next check
            if (h != null && sig.equals(h.signature()) && now - h.computedAt() < maxAgeNanos) {
                held = new Held<>(h.value(), sig, h.computedAt(), now);
                return h.value();
            }
            T value = compute.get();
            held = new Held<>(value, sig, now, now);
            return value;
        }
    }
}

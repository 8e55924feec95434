package org.musicrec.it;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition that becomes true asynchronously (a consumer catching up, a reconnect). */
public final class Poll {
    private Poll() {
    }

    /** Returns the first value that {@code ok} accepts, or fails with the last value after {@code timeout}. */
    public static <T> T until(Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> ok, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (ok.test(last)) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last: " + last);
    }

    /** A deliberate pause between looks or load, not a wait for a result. */
    public static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.musicrec.platform.kafka;

import java.util.function.LongSupplier;

/**
 * Events per second over the last few whole seconds, from per-second buckets in a ring: cheap to
 * update from a hot path (one synchronized add) and exact for what it covers. The current second is
 * left out of the rate because it is still filling.
 */
public final class RateWindow {

    private final int seconds;
    private final long[] counts;
    private final long[] bucketSecond;
    private final LongSupplier nowMillis;
    private long total;

    /** @param seconds how many whole seconds the rate averages over */
    public RateWindow(int seconds, LongSupplier nowMillis) {
        if (seconds < 1) {
            throw new IllegalArgumentException("window of " + seconds + " s");
        }
        this.seconds = seconds;
        this.counts = new long[seconds + 1];
        this.bucketSecond = new long[seconds + 1];
        this.nowMillis = nowMillis;
    }

    public RateWindow(int seconds) {
        this(seconds, System::currentTimeMillis);
    }

    public synchronized void add(long n) {
        long second = nowMillis.getAsLong() / 1000;
        int i = (int) Math.floorMod(second, (long) counts.length);
        if (bucketSecond[i] != second) {
            bucketSecond[i] = second;
            counts[i] = 0;
        }
        counts[i] += n;
        total += n;
    }

    /** Mean events per second over the {@code seconds} whole seconds before the current one. */
    public synchronized double perSecond() {
        long current = nowMillis.getAsLong() / 1000;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            long age = current - bucketSecond[i];
            if (age >= 1 && age <= seconds) {
                sum += counts[i];
            }
        }
        return (double) sum / seconds;
    }

    public synchronized long total() {
        return total;
    }

    public int seconds() {
        return seconds;
    }
}

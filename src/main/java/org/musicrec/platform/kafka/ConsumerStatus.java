package org.musicrec.platform.kafka;

import java.time.Instant;

/** Live figures of one consumer loop, read by the status API and the admin console. */
public final class ConsumerStatus {
    private final String groupId;
    private final String topic;
    private volatile boolean running;
    private volatile long recordsHandled;
    private volatile long failures;
    private volatile String lastError;
    private volatile Instant lastPoll;
    private volatile long lag;
    private final RateWindow rate = new RateWindow(WINDOW_SECONDS);

    /** Seconds the records-per-second figure averages over. */
    public static final int WINDOW_SECONDS = 10;

    ConsumerStatus(String groupId, String topic) {
        this.groupId = groupId;
        this.topic = topic;
    }

    void running(boolean value) {
        running = value;
    }

    void polled(Instant at, long currentLag) {
        lastPoll = at;
        lag = currentLag;
    }

    synchronized void handled(int n) {
        recordsHandled += n;
        rate.add(n);
        lastError = null;
    }

    synchronized void failed(String error) {
        failures++;
        lastError = error;
    }

    public String groupId() {
        return groupId;
    }

    public String topic() {
        return topic;
    }

    public boolean running() {
        return running;
    }

    public long recordsHandled() {
        return recordsHandled;
    }

    public long failures() {
        return failures;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastPoll() {
        return lastPoll;
    }

    public long lag() {
        return lag;
    }

    /** Records handled (written and committed) per second over the last {@link #WINDOW_SECONDS} seconds. */
    public double recordsPerSecond() {
        return rate.perSecond();
    }
}

package org.musicrec.platform.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Live figures of one consumer loop, read by the status API, the admin console and readiness. The
 * lag of a partition is the distance from the group's committed offset to the end of the partition,
 * both asked of the broker, so a loop that cannot get past a record shows it however it polls.
 */
public final class ConsumerStatus {

    /** One assigned partition: committed offset, end offset, and since when the first has stood still with records after it. */
    public record PartitionOffsets(int partition, long committed, long end, Instant behindSince) {
        public long lag() {
            return Math.max(0, end - committed);
        }
    }

    private final String groupId;
    private final String topic;
    private volatile boolean running;
    private volatile long recordsHandled;
    private volatile long failures;
    private volatile long rejected;
    private volatile String lastError;
    private volatile String lastRejected;
    private volatile Instant lastPoll;
    private volatile Map<Integer, PartitionOffsets> partitions = Map.of();
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

    void polled(Instant at) {
        lastPoll = at;
    }

    /**
     * The broker's figures for the partitions assigned now ({@code committed} holds one for each
     * partition of {@code end}). A partition is behind from the first time it is seen with records
     * after an unchanged committed offset; it stops being behind when the offset moves or the
     * records are consumed, so a partition that was idle for hours and just got a record is not
     * taken for one stuck for hours.
     */
    synchronized void offsets(Map<Integer, Long> committed, Map<Integer, Long> end, Instant at) {
        Map<Integer, PartitionOffsets> next = new TreeMap<>();
        end.forEach((p, e) -> {
            long c = committed.get(p);
            PartitionOffsets before = partitions.get(p);
            Instant since = e <= c ? null
                    : before != null && before.committed() == c && before.behindSince() != null ? before.behindSince() : at;
            next.put(p, new PartitionOffsets(p, c, e, since));
        });
        partitions = next;
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

    synchronized void rejected(String reason) {
        rejected++;
        lastRejected = reason;
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

    /** Records that failed alone in a way no retry mends, handed to the subscriber's dead-letter route. */
    public long rejected() {
        return rejected;
    }

    public String lastError() {
        return lastError;
    }

    public String lastRejected() {
        return lastRejected;
    }

    public Instant lastPoll() {
        return lastPoll;
    }

    /** The assigned partitions, by number, as last asked of the broker. */
    public List<PartitionOffsets> partitions() {
        return List.copyOf(partitions.values());
    }

    /** Records after the committed offsets, summed over the assigned partitions. */
    public long lag() {
        return partitions.values().stream().mapToLong(PartitionOffsets::lag).sum();
    }

    /** Records handled (written and committed) per second over the last {@link #WINDOW_SECONDS} seconds. */
    public double recordsPerSecond() {
        return rate.perSecond();
    }

    /** One line per partition whose committed offset has stood still with records after it for longer than {@code after}. */
    public List<String> stuck(Instant now, Duration after) {
        List<String> out = new ArrayList<>();
        for (PartitionOffsets p : partitions.values()) {
            if (p.behindSince() != null && Duration.between(p.behindSince(), now).compareTo(after) > 0) {
                String error = lastError;
                out.add("consumer " + groupId + " stuck on " + topic + "/" + p.partition() + " at offset " + p.committed()
                        + " since " + p.behindSince() + " (lag " + p.lag() + ")" + (error == null ? "" : ": " + error));
            }
        }
        return out;
    }
}

package org.musicrec.events;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

/**
 * An event as the consumer stored it in {@code activity_log}, keyed by its event id so that a
 * redelivered record finds its own earlier copy instead of being stored twice.
 */
@Entity("activity_log")
public class ActivityLogEntry {

    @Id
    private String id;
    @Column
    private String userId;
    @Column
    private String trackId;
    @Column
    private String type;
    @Column
    private Integer rating;
    @Column
    private int count;
    @Column
    private long atEpochMs;
    @Column
    private Long msPlayed;
    @Column
    private int partition;
    @Column
    private long offset;

    public ActivityLogEntry() {
    }

    public static ActivityLogEntry of(ActivityEvent e, int partition, long offset) {
        ActivityLogEntry x = new ActivityLogEntry();
        x.id = e.eventId();
        x.userId = e.userId();
        x.trackId = e.trackId();
        x.type = e.type().wireName();
        x.rating = e.rating();
        x.count = e.count();
        x.atEpochMs = e.at().toEpochMilli();
        x.msPlayed = e.msPlayed();
        x.partition = partition;
        x.offset = offset;
        return x;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getTrackId() {
        return trackId;
    }

    public String getType() {
        return type;
    }

    public Integer getRating() {
        return rating;
    }

    public int getCount() {
        return count;
    }

    public long getAtEpochMs() {
        return atEpochMs;
    }

    public Long getMsPlayed() {
        return msPlayed;
    }

    public int getPartition() {
        return partition;
    }

    public long getOffset() {
        return offset;
    }
}

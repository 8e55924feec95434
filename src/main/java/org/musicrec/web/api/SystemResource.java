package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.musicrec.platform.kafka.ConsumerLoops;
import org.musicrec.platform.kafka.ConsumerStatus;

/**
 * GET /api/system/messaging: the consumer loops, their throughput, lag and last error, and per
 * assigned partition the group's committed offset, the partition's end and since when the first
 * has stood still with records after it ({@code behindSince}); {@code lag} is their distance,
 * asked of the broker, so a consumer that cannot get past a record shows it.
 */
@Path("system")
public class SystemResource {

    @Inject
    ConsumerLoops consumers;

    /** The answer of {@code GET /api/system/messaging}: one entry per consumer loop. */
    public record Messaging(List<Consumer> consumers) {
    }

    /** One consumer loop; the times and last errors are left out while there are none. */
    @JsonbPropertyOrder({"group", "topic", "running", "recordsHandled", "failures", "deadLettered", "lag", "partitions",
            "lastPoll", "lastError", "lastDeadLettered"})
    public record Consumer(String group, String topic, boolean running, long recordsHandled, long failures,
                           long deadLettered, long lag, List<Partition> partitions, String lastPoll, String lastError,
                           String lastDeadLettered) {
        static Consumer of(ConsumerStatus s) {
            return new Consumer(s.groupId(), s.topic(), s.running(), s.recordsHandled(), s.failures(), s.rejected(), s.lag(),
                    s.partitions().stream().map(Partition::of).toList(), text(s.lastPoll()), s.lastError(), s.lastRejected());
        }
    }

    /** One partition's committed and end offsets; {@code behindSince} only while the committed offset stands still behind. */
    @JsonbPropertyOrder({"partition", "committed", "end", "lag", "behindSince"})
    public record Partition(int partition, long committed, long end, long lag, String behindSince) {
        static Partition of(ConsumerStatus.PartitionOffsets p) {
            return new Partition(p.partition(), p.committed(), p.end(), p.lag(), text(p.behindSince()));
        }
    }

    private static String text(Object instant) {
        return instant == null ? null : instant.toString();
    }

    @GET
    @Path("messaging")
    @Produces(MediaType.APPLICATION_JSON)
    public Messaging messaging() {
        return new Messaging(consumers.statuses().stream().map(Consumer::of).toList());
    }
}

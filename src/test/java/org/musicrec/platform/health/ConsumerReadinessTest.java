package org.musicrec.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.musicrec.platform.kafka.ConsumerStatus;
import org.musicrec.platform.kafka.ConsumerStatuses;

/** Readiness with consumers: DOWN, naming the consumer, partition and offset, only past the configured bound. */
class ConsumerReadinessTest {

    static HealthCheckResponse call(String stuckAfter, ConsumerStatus... statuses) {
        ConsumerReadiness r = new ConsumerReadiness();
        r.loops = ConsumerStatuses.loops(List.of(statuses));
        r.settings = ConsumerStatuses.settings(stuckAfter);
        return r.call();
    }

    @Test
    void upWhileEveryConsumerMovesOrHasNothingToDo() {
        Instant now = Instant.now();
        HealthCheckResponse r = call("PT2M",
                ConsumerStatuses.of("musicrec-interactions", "user-activity", 10, 10, now.minus(Duration.ofHours(1)), null),
                ConsumerStatuses.of("musicrec-activity-log", "user-activity", 10, 12, now.minusSeconds(30), null));
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertEquals("consumers", r.getName());
        assertEquals(HealthCheckResponse.Status.UP, call("PT2M").getStatus(), "consumers disabled on this instance");
    }

    @Test
    void downNamingTheConsumerPartitionAndOffsetOncePastTheBound() {
        ConsumerStatus stuck = ConsumerStatuses.of("musicrec-interactions", "user-activity", 41, 60,
                Instant.now().minus(Duration.ofMinutes(3)), "java.lang.IllegalStateException: store away");
        HealthCheckResponse r = call("PT2M", stuck);
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        String reason = String.valueOf(r.getData().orElseThrow().get("reason"));
        assertTrue(reason.startsWith("consumer musicrec-interactions stuck on user-activity/0 at offset 41 since "), reason);
        assertTrue(reason.contains("(lag 19)") && reason.endsWith("store away"), reason);
        assertEquals(HealthCheckResponse.Status.UP, call("PT5M", stuck).getStatus(), "the bound is the setting's");
        assertThrows(IllegalArgumentException.class, () -> call("2 minutes", stuck));
    }
}

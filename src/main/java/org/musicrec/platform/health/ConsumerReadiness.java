package org.musicrec.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicrec.platform.kafka.ConsumerLoops;
import org.musicrec.platform.kafka.ConsumerStatus;
import org.musicrec.platform.kafka.KafkaSettings;

/**
 * DOWN while a consumer loop has stood on one committed offset with records after it for longer
 * than {@code musicrec.kafka.consumer.stuck-after}: events are accepted but not applied. The reason
 * names the group, the partition, the offset and the last error.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    static final String NAME = "consumers";

    @Inject
    ConsumerLoops loops;

    @Inject
    KafkaSettings settings;

    @Override
    public HealthCheckResponse call() {
        Duration after = settings.stuckAfter();
        List<ConsumerStatus> statuses = loops.statuses();
        Instant now = Instant.now();
        List<String> stuck = statuses.stream().flatMap(s -> s.stuck(now, after).stream()).toList();
        // Built directly rather than through the provider's builder: the same response in a unit test.
        if (stuck.isEmpty()) {
            // One data item, said plainly: the console's system box shows the first.
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(Map.of("state", statuses.isEmpty()
                    ? "no consumer loop on this instance"
                    : statuses.size() + " loops, none on one offset with records after it for over " + after)));
        }
        String reason = String.join("; ", stuck);
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                Optional.of(Map.of("reason", reason.length() > 1000 ? reason.substring(0, 1000) + "..." : reason)));
    }
}

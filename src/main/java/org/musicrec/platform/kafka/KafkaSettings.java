package org.musicrec.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Kafka client settings from MicroProfile Config. Only the bootstrap address says which cluster we
 * talk to; the timeouts bound how long a request may wait for an unreachable broker.
 */
@ApplicationScoped
public class KafkaSettings {

    @Inject
    @ConfigProperty(name = "musicrec.kafka.bootstrap-servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.client-id", defaultValue = "musicrec")
    String clientId;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.send-timeout-ms", defaultValue = "5000")
    int sendTimeoutMs;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.consumers.enabled", defaultValue = "true")
    boolean consumersEnabled;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.max-poll-records", defaultValue = "500")
    int maxPollRecords;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.consumer.stuck-after", defaultValue = "PT2M")
    String stuckAfter;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int sendTimeoutMs() {
        return sendTimeoutMs;
    }

    public boolean consumersEnabled() {
        return consumersEnabled;
    }

    /** How long a consumer may stand on one offset with records after it before readiness reports it stuck. */
    public Duration stuckAfter() {
        try {
            Duration d = Duration.parse(stuckAfter.trim());
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("musicrec.kafka.consumer.stuck-after must be an ISO-8601 duration such as PT2M, was "
                + stuckAfter);
    }

    public Properties producer() {
        return ProducerProperties.of(bootstrapServers, clientId + "-producer", sendTimeoutMs);
    }

    public Properties consumer(String groupId) {
        Properties p = common(clientId + "-" + groupId);
        p.put("group.id", groupId);
        p.put("enable.auto.commit", "false");
        p.put("auto.offset.reset", "earliest");
        p.put("max.poll.records", Integer.toString(maxPollRecords));
        p.put("isolation.level", "read_committed");
        return p;
    }

    public Properties admin() {
        Properties p = common(clientId + "-admin");
        p.put("request.timeout.ms", "3000");
        p.put("default.api.timeout.ms", "3000");
        return p;
    }

    private Properties common(String id) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("client.id", id);
        p.put("reconnect.backoff.max.ms", "2000");
        return p;
    }
}

package org.musicrec.platform.kafka;

import java.util.Properties;

/**
 * The producer settings every musicrec producer uses, in the container ({@link KafkaSettings}) and in
 * command-line tools that run outside it: acks=all and idempotence (a record is either durably
 * written once, in order per key, or the send fails), and sends bounded by {@code sendTimeoutMs}.
 */
public final class ProducerProperties {

    private ProducerProperties() {
    }

    public static Properties of(String bootstrapServers, String clientId, int sendTimeoutMs) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("client.id", clientId);
        p.put("reconnect.backoff.max.ms", "2000");
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "2");
        p.put("compression.type", "lz4");
        // A send either is acknowledged or fails within the bound: metadata wait, then delivery.
        p.put("max.block.ms", Integer.toString(sendTimeoutMs));
        p.put("request.timeout.ms", Integer.toString(Math.max(1000, sendTimeoutMs / 2)));
        p.put("delivery.timeout.ms", Integer.toString(sendTimeoutMs));
        return p;
    }
}

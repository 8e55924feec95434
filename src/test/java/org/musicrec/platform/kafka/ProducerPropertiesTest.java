package org.musicrec.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The settings that make "acknowledged" mean "durably written once, in order per key", bounded in time. */
class ProducerPropertiesTest {

    @Test
    void durableIdempotentAndBounded() {
        Properties p = ProducerProperties.of("h:1", "musicrec-replay", 8000);
        assertEquals("h:1", p.get("bootstrap.servers"));
        assertEquals("musicrec-replay", p.get("client.id"));
        assertEquals("all", p.get("acks"));
        assertEquals("true", p.get("enable.idempotence"));
        assertEquals("8000", p.get("max.block.ms"));
        assertEquals("4000", p.get("request.timeout.ms"));
        assertEquals("8000", p.get("delivery.timeout.ms"));
        assertEquals("1000", ProducerProperties.of("h:1", "x", 1500).get("request.timeout.ms"), "never below 1 s");
    }
}

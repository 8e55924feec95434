package org.musicrec.platform.kafka;

import java.util.Map;

/** A message to publish: key (ordering unit), JSON value and optional string headers. */
public record OutgoingRecord(String topic, String key, String value, Map<String, String> headers) {
    public OutgoingRecord(String topic, String key, String value) {
        this(topic, key, value, Map.of());
    }
}

package org.musicrec.platform.kafka;

import java.util.Map;

/** A consumed message, free of Kafka types so that subscribers stay plain application code. */
public record IncomingRecord(String topic, int partition, long offset, String key, String value,
                             long timestamp, Map<String, String> headers) {
}

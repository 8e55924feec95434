package org.musicrec.platform.kafka;

/** Where the broker stored an acknowledged record. */
public record PublishedRecord(String topic, int partition, long offset) {
}

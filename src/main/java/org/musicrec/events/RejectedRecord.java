package org.musicrec.events;

import org.musicrec.platform.kafka.IncomingRecord;

/** A consumed record that can never be applied, with the reason; it belongs on the dead-letter topic. */
public record RejectedRecord(IncomingRecord record, String reason) {
}

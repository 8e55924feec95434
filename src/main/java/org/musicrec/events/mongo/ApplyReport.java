package org.musicrec.events.mongo;

/**
 * What one batch did: records seen, skipped as at or below their partition's high-water mark,
 * rejected as poison, applied, recognised as already applied by a document's own marks (a redelivery
 * that overtook the partition mark, or a replay re-sent), and documents written.
 */
public record ApplyReport(int records, int belowPartitionMark, int rejected, int applied, int alreadyApplied,
                          int documentsWritten, int rounds) {
}

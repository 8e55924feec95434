package org.musicrec.events.mongo;

import java.util.List;
import org.musicrec.events.Interaction;

/**
 * What one batch did: records seen, skipped as at or below their partition's high-water mark,
 * rejected as poison, applied, recognised as already applied by a document's own marks (a redelivery
 * that overtook the partition mark, or a replay re-sent), and documents written, with what each written
 * document holds now ({@code written}).
 */
public record ApplyReport(int records, int belowPartitionMark, int rejected, int applied, int alreadyApplied,
                          int documentsWritten, int rounds, List<Interaction> written) {
    @Override
    public String toString() { // the states would swamp a log line
        return "ApplyReport[records=" + records + ", belowPartitionMark=" + belowPartitionMark + ", rejected=" + rejected
                + ", applied=" + applied + ", alreadyApplied=" + alreadyApplied + ", documentsWritten=" + documentsWritten
                + ", rounds=" + rounds + "]";
    }
}

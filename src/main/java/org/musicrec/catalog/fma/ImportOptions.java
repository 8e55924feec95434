package org.musicrec.catalog.fma;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an import runs. {@code files} empty means the default plan: every file present, except
 * raw_tracks.csv when tracks.csv is there (it holds nothing the track entity uses that tracks.csv
 * lacks, and it is the largest file).
 *
 * @param batchSize entities per sink call
 * @param maxProblemsKept problems kept in the report for printing (all are sent to the sink)
 */
public record ImportOptions(int batchSize, Set<FmaFile> files, CsvLimits limits, int maxProblemsKept) {
    public static final ImportOptions DEFAULT = new ImportOptions(1000, Set.of(), CsvLimits.DEFAULT, 1000);

    public ImportOptions {
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("batch size must be 1..100000, was " + batchSize);
        }
        files = files.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(files));
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, files, limits, maxProblemsKept);
    }

    public ImportOptions withFiles(Set<FmaFile> chosen) {
        return new ImportOptions(batchSize, chosen, limits, maxProblemsKept);
    }

    /** The files to load from a source holding {@code present}, in load order. */
    public Set<FmaFile> plan(Set<FmaFile> present) {
        Set<FmaFile> plan = EnumSet.noneOf(FmaFile.class);
        if (files.isEmpty()) {
            plan.addAll(present);
            if (present.contains(FmaFile.TRACKS)) {
                plan.remove(FmaFile.RAW_TRACKS);
            }
        } else {
            plan.addAll(files);
            plan.retainAll(present);
        }
        return plan;
    }
}

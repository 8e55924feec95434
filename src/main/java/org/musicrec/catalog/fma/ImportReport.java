package org.musicrec.catalog.fma;

import java.util.List;
import java.util.Map;
import org.musicrec.catalog.CatalogKind;

/**
 * What an import did. {@code loaded} counts distinct ids written per kind (a tracks.csv row also
 * loads its artist and album); {@code skipped} counts rows skipped in files of that kind.
 */
public record ImportReport(Map<CatalogKind, Long> loaded, Map<CatalogKind, Long> skipped,
                           List<FileStats> files, List<Problem> problems, long problemCount) {

    /** One file's rows: read (good or bad), skipped, and whether reading stopped early. */
    public record FileStats(FmaFile file, long rowsRead, long rowsSkipped, boolean stoppedEarly) {
    }

    /** A skipped row (or an unusable file, at line 1). */
    public record Problem(String file, long line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    public long loaded(CatalogKind kind) {
        return loaded.getOrDefault(kind, 0L);
    }

    public long skipped(CatalogKind kind) {
        return skipped.getOrDefault(kind, 0L);
    }

    public boolean hasProblems() {
        return problemCount > 0;
    }
}

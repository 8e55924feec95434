package org.musicrec.catalog.batch;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.ImportOptions;

/**
 * The job parameters of {@code catalog-import}: {@code source} (fma_metadata.zip or a folder,
 * required), {@code files} (comma-separated file names to load; default all present, with
 * raw_tracks.csv left out when tracks.csv is there), {@code batchSize} (rows per chunk, default 500).
 */
record CatalogJobParameters(Path source, ImportOptions options) {

    static CatalogJobParameters from(Properties p) {
        String source = p.getProperty("source");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("catalog-import needs the job parameter source");
        }
        Set<FmaFile> files = EnumSet.noneOf(FmaFile.class);
        String list = p.getProperty("files", "");
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                files.add(FmaFile.byFileName(name.strip())
                        .orElseThrow(() -> new IllegalArgumentException("not an FMA metadata file: " + name.strip())));
            }
        }
        ImportOptions options = ImportOptions.DEFAULT.withFiles(files)
                .withBatchSize(Integer.parseInt(p.getProperty("batchSize", "500")));
        return new CatalogJobParameters(Path.of(source), options);
    }
}

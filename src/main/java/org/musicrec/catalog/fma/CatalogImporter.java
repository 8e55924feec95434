package org.musicrec.catalog.fma;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.musicrec.catalog.CatalogBatch;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.CatalogSink;

/**
 * Loads FMA metadata into a {@link CatalogSink}: file by file in dependency order (genres,
 * artists, albums, tracks), streaming rows through {@link FmaRowConverter} and handing the sink
 * batches of {@code batchSize} entities. Malformed rows are skipped and recorded; the import goes
 * on. A Jakarta Batch chunk step is the same loop cut in three: {@link FmaSource#rows} plus
 * {@link FmaRowReader#skip} as reader, {@link FmaRowConverter#convert} as processor,
 * {@link CatalogSink#write} of {@link CatalogBatch#of} as writer.
 */
public final class CatalogImporter {
    /** raw_genres.csv is read whole to walk its tree; the real one has 163 rows. */
    private static final int MAX_RAW_GENRES = 10_000;

    private final CatalogSink sink;
    private final ImportOptions options;
    private final LongConsumer progress;
    private final Map<CatalogKind, Set<Long>> idsLoaded = new EnumMap<>(CatalogKind.class);
    private final Map<CatalogKind, Long> skipped = new EnumMap<>(CatalogKind.class);
    private final List<ImportReport.FileStats> fileStats = new ArrayList<>();
    private final List<ImportReport.Problem> problems = new ArrayList<>();
    private long problemCount;
    private PipelinedWriter writer;

    /** @param progress told the number of rows read after each batch (may be a no-op) */
    public CatalogImporter(CatalogSink sink, ImportOptions options, LongConsumer progress) {
        this.sink = sink;
        this.options = options;
        this.progress = progress;
        for (CatalogKind k : CatalogKind.values()) {
            idsLoaded.put(k, new HashSet<>());
        }
    }

    /** Imports every file of the plan that {@code source} holds and reports what it did. */
    public ImportReport importAll(FmaSource source) {
        Set<FmaFile> plan = options.plan(source.files());
        for (FmaFile file : plan) {
            importFile(source, file, plan);
        }
        return report();
    }

    /**
     * Imports one file of {@code plan}; a file that cannot be opened becomes a problem at line 1.
     * The plan matters only to tracks files, which fill in artists and albums the plan lacks.
     */
    public void importFile(FmaSource source, FmaFile file, Set<FmaFile> plan) {
        try (PipelinedWriter writer = new PipelinedWriter(sink)) {
            this.writer = writer;
            importFile(source, file, plan, writer);
        } finally {
            this.writer = null;
        }
    }

    private void importFile(FmaSource source, FmaFile file, Set<FmaFile> plan, PipelinedWriter writer) {
        FmaRowConverter converter = new FmaRowConverter(file, plan);
        CatalogBatch pending = new CatalogBatch();
        long rowsSkipped = 0;
        boolean stopped = false;
        long rowsRead = 0;
        try (FmaRowReader reader = source.rows(file, options.limits())) {
            while (true) {
                CsvRow row;
                try {
                    row = reader.next();
                    if (row == null) {
                        break;
                    }
                    pending.addAll(converter.convert(row));
                } catch (MalformedRowException e) {
                    rowsSkipped++;
                    problem(e.file(), e.line(), e.reason());
                    if (e.fatal()) {
                        stopped = true;
                        break;
                    }
                }
                if (file != FmaFile.RAW_GENRES && pending.size() >= options.batchSize()) {
                    pending = flush(pending, writer);
                    progress.accept(reader.position() - rowsRead);
                    rowsRead = reader.position();
                }
                if (file == FmaFile.RAW_GENRES && pending.size() > MAX_RAW_GENRES) {
                    problem(file.fileName(), 0, "more than " + MAX_RAW_GENRES + " genres, rest of file skipped");
                    stopped = true;
                    break;
                }
            }
            if (file == FmaFile.RAW_GENRES) {
                RawGenres.reconcile(pending.genres(), source, options.limits());
            }
            flush(pending, writer);
            writer.await();
            progress.accept(reader.position() - rowsRead);
            rowsRead = reader.position();
        } catch (MalformedRowException e) {
            // The header was unusable: a file problem, not a skipped row.
            stopped = true;
            problem(e.file(), e.line(), e.reason());
        } catch (IOException e) {
            stopped = true;
            problem(file.fileName(), 1, "cannot read: " + e.getMessage());
        }
        skipped.merge(file.kind(), rowsSkipped, Long::sum);
        fileStats.add(new ImportReport.FileStats(file, rowsRead, rowsSkipped, stopped));
    }

    /** @return the batch to fill next */
    private CatalogBatch flush(CatalogBatch batch, PipelinedWriter writer) {
        if (batch.isEmpty()) {
            return batch;
        }
        writer.write(batch);
        batch.genres().forEach(g -> idsLoaded.get(CatalogKind.GENRES).add(g.getId().longValue()));
        batch.artists().forEach(a -> idsLoaded.get(CatalogKind.ARTISTS).add(a.getId()));
        batch.albums().forEach(a -> idsLoaded.get(CatalogKind.ALBUMS).add(a.getId()));
        batch.tracks().forEach(t -> idsLoaded.get(CatalogKind.TRACKS).add(t.getId()));
        return new CatalogBatch();
    }

    private void problem(String file, long line, String reason) {
        problemCount++;
        if (problems.size() < options.maxProblemsKept()) {
            problems.add(new ImportReport.Problem(file, line, reason));
        }
        if (writer != null) {
            writer.recordProblem(file, line, reason);
        } else {
            sink.recordProblem(file, line, reason);
        }
    }

    public ImportReport report() {
        Map<CatalogKind, Long> loaded = new EnumMap<>(CatalogKind.class);
        Map<CatalogKind, Long> skips = new EnumMap<>(CatalogKind.class);
        for (CatalogKind k : CatalogKind.values()) {
            loaded.put(k, (long) idsLoaded.get(k).size());
            skips.put(k, skipped.getOrDefault(k, 0L));
        }
        return new ImportReport(Map.copyOf(loaded), Map.copyOf(skips), List.copyOf(fileStats),
                List.copyOf(problems), problemCount);
    }
}

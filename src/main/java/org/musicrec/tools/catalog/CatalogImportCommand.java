package org.musicrec.tools.catalog;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.CatalogSink;
import org.musicrec.catalog.fma.CatalogImporter;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaSource;
import org.musicrec.catalog.fma.ImportOptions;
import org.musicrec.catalog.fma.ImportReport;
import org.musicrec.catalog.mongo.CatalogIndexes;
import org.musicrec.catalog.mongo.MongoCatalogSink;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.ProgressLine;
import org.musicrec.tools.cli.UsageException;

/** {@code ./musicrec import <zip-or-dir> [--mongo URI] [--database NAME] [--dry-run] [--batch-size N] [--files ...]}. */
public final class CatalogImportCommand {
    static final String USAGE = """
            usage: ./musicrec import <zip-or-dir> [--mongo URI] [--database NAME] [--dry-run]
                                     [--batch-size N] [--files a.csv,b.csv]
              Loads FMA metadata (fma_metadata.zip or a folder with any of genres.csv, raw_genres.csv,
              raw_artists.csv, raw_albums.csv, tracks.csv, raw_tracks.csv) into MongoDB, upserting by id:
              re-running updates in place. Malformed rows are skipped and listed as file:line: reason.
              --mongo URI       default mongodb://127.0.0.1:27017
              --database NAME   default musicrec
              --dry-run         parse and validate everything, store nothing
              --batch-size N    entities per bulk write (default 1000)
              --files LIST      only these files (default: all present; raw_tracks.csv only without tracks.csv)
              Exit status: 0 all loaded, 1 loaded with skipped rows, 2 bad usage or unusable input
              (including a source where nothing at all could be read).
            """;
    private static final int PROBLEMS_PRINTED = 50;

    private CatalogImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CommandArgs a = new CommandArgs(args, Set.of("mongo", "database", "batch-size", "files"), Set.of("dry-run"));
            if (a.help()) {
                System.out.print(USAGE);
                return ExitStatus.OK;
            }
            Path sourcePath = Path.of(a.positional(1, "one source: fma_metadata.zip or a directory").get(0));
            ImportOptions options = ImportOptions.DEFAULT
                    .withBatchSize(a.getInt("batch-size", 1000, 1, 100_000))
                    .withFiles(files(a.get("files", "")));
            try (FmaSource source = FmaSource.open(sourcePath)) {
                if (options.plan(source.files()).isEmpty()) {
                    throw new UsageException("no FMA metadata file (genres.csv, tracks.csv, raw_*.csv) in " + source);
                }
                long start = System.nanoTime();
                ImportReport report;
                if (a.flag("dry-run")) {
                    report = importInto(CatalogSink.discarding(), options, source);
                } else {
                    report = importIntoMongo(a, options, source);
                }
                print(report, a.flag("dry-run"), (System.nanoTime() - start) / 1e9);
                long loaded = report.loaded().values().stream().mapToLong(Long::longValue).sum();
                if (report.hasProblems()) {
                    // Nothing usable at all (every file unreadable) is bad input, not "done with problems".
                    return loaded == 0 ? ExitStatus.BAD_INPUT : ExitStatus.FINISHED_WITH_PROBLEMS;
                }
                return ExitStatus.OK;
            }
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("import: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("import: cannot read source: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (MongoException e) {
            System.err.println("import: MongoDB: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }

    private static ImportReport importIntoMongo(CommandArgs a, ImportOptions options, FmaSource source) {
        // Fail in seconds, not the driver's 30 s, when nothing listens; a timeout in the URI still wins.
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyConnectionString(new ConnectionString(a.get("mongo", "mongodb://127.0.0.1:27017"))).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase db = client.getDatabase(a.get("database", "musicrec"));
            db.runCommand(new Document("ping", 1));
            CatalogIndexes.ensure(db);
            return importInto(new MongoCatalogSink(db, "cli-" + Instant.now()), options, source);
        }
    }

    private static ImportReport importInto(CatalogSink sink, ImportOptions options, FmaSource source) {
        ProgressLine progress = new ProgressLine("import rows", -1);
        ImportReport report = new CatalogImporter(sink, options, progress::advance).importAll(source);
        progress.finish();
        return report;
    }

    private static Set<FmaFile> files(String list) {
        Set<FmaFile> files = EnumSet.noneOf(FmaFile.class);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                files.add(FmaFile.byFileName(name.strip())
                        .orElseThrow(() -> new UsageException("unknown file " + name + " in --files")));
            }
        }
        return files;
    }

    private static void print(ImportReport report, boolean dryRun, double seconds) {
        String verb = dryRun ? "valid (dry run, nothing stored)" : "loaded";
        for (CatalogKind k : CatalogKind.values()) {
            System.out.printf(Locale.ROOT, "%-8s %8d %s, %d skipped%n", k.collection(), report.loaded(k), verb, report.skipped(k));
        }
        for (ImportReport.FileStats f : report.files()) {
            System.out.printf(Locale.ROOT, "  %-16s %8d rows read, %d skipped%s%n", f.file().fileName(), f.rowsRead(),
                    f.rowsSkipped(), f.stoppedEarly() ? ", STOPPED EARLY" : "");
        }
        System.out.printf(Locale.ROOT, "%d problems, %.1f s%n", report.problemCount(), seconds);
        report.problems().stream().limit(PROBLEMS_PRINTED).forEach(p -> System.out.println("  " + p));
        if (report.problemCount() > PROBLEMS_PRINTED) {
            System.out.println("  ... " + (report.problemCount() - PROBLEMS_PRINTED) + " more"
                    + (dryRun ? "" : " (all in the job_problems collection)"));
        }
    }
}

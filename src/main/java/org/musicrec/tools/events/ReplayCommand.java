package org.musicrec.tools.events;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.musicrec.catalog.mongo.MongoPlaceholderTracks;
import org.musicrec.events.kafka.KafkaReplaySink;
import org.musicrec.events.replay.HistoryReader;
import org.musicrec.events.replay.ItemNames;
import org.musicrec.events.replay.LineProblem;
import org.musicrec.events.replay.ReplayFormat;
import org.musicrec.events.replay.ReplayLimits;
import org.musicrec.events.replay.ReplayReport;
import org.musicrec.events.replay.ReplaySource;
import org.musicrec.events.replay.TrackMapping;
import org.musicrec.events.replay.UnusableHistoryException;
import org.musicrec.platform.DependencyUnavailableException;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.ProgressLine;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.platform.kafka.ProducerProperties;

/** {@code ./musicrec replay <file>}: sends a listening history to the activity topic as events. */
public final class ReplayCommand {

    static final String USAGE = """
            usage: ./musicrec replay <file> [--format hetrec|movielens|csv] [--bootstrap-servers H:P]
                                     [--topic T] [--batch N] [--mapping FILE] [--send-timeout-ms MS] [--dry-run]
              Sends a listening history to Kafka as activity events (key = user id, acks=all, idempotent).
                hetrec     user_artists.dat: userID<TAB>artistID<TAB>weight -> one play with count = weight
                movielens  u.data: user item rating timestamp -> one rate event at that time
                csv        header user,track,type,at[,count,rating] -> one event per line, ids as written
              Ids are namespaced (lastfm:2, ml100k:196) unless --mapping maps items (CSV source-id,track-id).
              Event ids are replay:<source>:<line>, <source> a digest of the file and mapping: sending the
              same file again is recognised and counted once. The format is guessed from the file name
              when not given. --batch: events per wait for acknowledgements (default 1000).
              --mongo URI [--database NAME]: first create placeholder tracks (placeholder: true) in that
              store for the items its catalogue lacks, as the replay-history job does (default: none).
              Defaults: --bootstrap-servers 127.0.0.1:9092, --topic user-activity, --send-timeout-ms 30000.
              Prints the counts (events, sum of counts) on stdout; refused lines with their numbers on stderr.
              Exit 0 done, 1 done with refused lines or a failed send, 2 bad usage or unusable file.
            """;
    private static final int PROBLEMS_SHOWN = 20;

    private ReplayCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandArgs a = new CommandArgs(args, Set.of("format", "bootstrap-servers", "topic", "batch", "mapping", "send-timeout-ms", "mongo", "database"),
                    Set.of("dry-run"));
            if (a.help()) {
                out.print(USAGE);
                return ExitStatus.OK;
            }
            if (a.positional().size() != 1) {
                throw new UsageException("expected one history file, got " + a.positional().size() + " arguments");
            }
            Path file = Path.of(a.positional().get(0));
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException("no readable file " + file);
            }
            String f = a.get("format", null);
            ReplayFormat format = f == null
                    ? ReplayFormat.detect(file).orElseThrow(() -> new UsageException("cannot tell the format of " + file.getFileName() + "; give --format"))
                    : ReplayFormat.parse(f).orElseThrow(() -> new UsageException("--format must be hetrec, movielens or csv, got '" + f + "'"));
            int batch = a.getInt("batch", 1000);
            int timeout = a.getInt("send-timeout-ms", 30_000);
            if (batch < 1 || batch > 100_000 || timeout < 1000) {
                throw new UsageException("--batch must be 1..100000 and --send-timeout-ms at least 1000");
            }
            Path mappingFile = a.get("mapping", null) == null ? null : Path.of(a.get("mapping", null));
            ReplayLimits limits = ReplayLimits.defaults();
            TrackMapping mapping = mappingFile == null ? TrackMapping.none() : TrackMapping.read(mappingFile, limits);
            ReplaySource source = ReplaySource.of(format, file, mappingFile);
            ProgressLine progress = new ProgressLine("replay " + file.getFileName(), source.lines());
            HistoryReader reader = new HistoryReader(format, limits, mapping);
            if (a.flag("dry-run")) {
                ReplayReport r = reader.read(file, source.id(), e -> { }, n -> progress.advance(1));
                progress.finish();
                return report(out, err, file, format, source, mapping, r, "0 (dry run)");
            }
            String bootstrap = a.get("bootstrap-servers", "127.0.0.1:9092");
            String mongoUri = a.get("mongo", null);
            try (KafkaReplaySink sink = new KafkaReplaySink(ProducerProperties.of(bootstrap, "musicrec-replay", timeout),
                    a.get("topic", "user-activity"), batch, timeout);
                 MongoClient mongo = mongoUri == null ? null : MongoClients.create(mongoUri)) {
                PlaceholderFirstSink placeholders = mongo == null ? null
                        : new PlaceholderFirstSink(new MongoPlaceholderTracks(mongo.getDatabase(a.get("database", "musicrec"))),
                                ItemNames.beside(file, format), sink, batch);
                ReplayReport r;
                try {
                    r = reader.read(file, source.id(), placeholders == null ? sink : placeholders, n -> progress.advance(1));
                    if (placeholders != null) {
                        placeholders.flush();
                    }
                    sink.flush();
                } catch (DependencyUnavailableException | com.mongodb.MongoException e) {
                    progress.finish();
                    err.println("replay: stopped, " + e.getMessage() + "; " + sink.acknowledged()
                            + " events were acknowledged (sending the file again counts each event once)");
                    out.println("sent: " + sink.acknowledged());
                    return ExitStatus.FINISHED_WITH_PROBLEMS;
                }
                progress.finish();
                if (placeholders != null) {
                    out.println("placeholders: " + placeholders.created());
                }
                return report(out, err, file, format, source, mapping, r, Long.toString(sink.acknowledged()));
            }
        } catch (UsageException | UnusableHistoryException e) {
            err.println("replay: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("replay: cannot read: " + e);
            return ExitStatus.BAD_INPUT;
        }
    }

    private static int report(PrintStream out, PrintStream err, Path file, ReplayFormat format, ReplaySource source,
                              TrackMapping mapping, ReplayReport r, String sent) {
        out.println("file: " + file);
        out.println("format: " + format.cliName());
        out.println("source: " + source.id());
        out.println("lines: " + r.lines());
        out.println("events: " + r.events());
        out.println("count-sum: " + r.countSum());
        out.println("problems: " + r.problemCount());
        if (!mapping.isEmpty()) {
            out.println("unmapped: " + r.unmapped());
        }
        out.println("sent: " + sent);
        for (LineProblem p : r.problems().subList(0, (int) Math.min(PROBLEMS_SHOWN, r.problems().size()))) {
            err.println("replay: " + file.getFileName() + " " + p);
        }
        if (r.problemCount() > PROBLEMS_SHOWN) {
            err.println("replay: ... and " + (r.problemCount() - PROBLEMS_SHOWN) + " more refused lines");
        }
        if (r.events() == 0) {
            err.println("replay: no usable line in " + file);
            return ExitStatus.BAD_INPUT;
        }
        return r.problemCount() > 0 ? ExitStatus.FINISHED_WITH_PROBLEMS : ExitStatus.OK;
    }
}

package org.musicrec.tools.evaluate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.musicrec.recommend.eval.SyntheticInteractions;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;

/**
 * {@code ./musicrec generate-interactions}: the seeded synthetic power-law set ({@link SyntheticInteractions},
 * the one bench/als-spark.sh times in memory) as a file that {@code split} and {@code evaluate} read, so
 * both engines can be timed on it through the same command line.
 */
public final class GenerateInteractionsCommand {
    static final String USAGE = """
            usage: ./musicrec generate-interactions --out FILE [--users 100000] [--items 20000] [--rows 5000000] [--seed 42]
              Writes the seeded synthetic listening set (power-law user activity and item popularity,
              distinct pairs, play counts 1 + geometric) as tab-separated 'user item count', user and
              item indexes as ids, rows in generation order: same arguments, same bytes. At most %d rows;
              rows must lie between users and users x items / 4. Prints the counts as JSON on stdout.
              Exit status: 0 ok, 2 bad usage or cannot write.
            """.formatted(SyntheticInteractions.MAX_ROWS);
    /** A progress line on stderr every this many rows. */
    private static final int PROGRESS_ROWS = 5_000_000;

    private GenerateInteractionsCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandArgs o = new CommandArgs(args, Set.of("out", "users", "items", "rows", "seed"), Set.of());
            if (o.help()) {
                out.print(USAGE);
                return ExitStatus.OK;
            }
            o.positional(0, "no positional arguments");
            Path file = o.requiredPath("out");
            int users = o.getInt("users", 100_000, 1, 50_000_000);
            int items = o.getInt("items", 20_000, 4, 50_000_000);
            long rows = o.getLong("rows", 5_000_000L, 1, SyntheticInteractions.MAX_ROWS);
            long seed = o.getLong("seed", 42L);
            long start = System.nanoTime();
            SyntheticInteractions set = SyntheticInteractions.generate(users, items, rows, seed);
            err.printf(Locale.ROOT, "generate-interactions: %d rows generated in %.1f s, writing %s%n", set.size(),
                    (System.nanoTime() - start) / 1e9, file);
            write(file, set, err);
            out.println(new JsonObject().put("out", file.toString()).put("rows", set.size()).put("users", users)
                    .put("items", items).put("seed", seed).put("seconds", (System.nanoTime() - start) / 1e9));
            return ExitStatus.OK;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("generate-interactions: " + e.getMessage());
            err.println("(./musicrec generate-interactions --help for usage)");
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("generate-interactions: cannot write: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }

    static void write(Path file, SyntheticInteractions set, PrintStream err) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(32);
            for (int r = 0; r < set.size(); r++) {
                line.setLength(0);
                line.append(set.users()[r]).append('\t').append(set.items()[r]).append('\t').append((long) set.values()[r]).append('\n');
                w.append(line);
                if ((r + 1) % PROGRESS_ROWS == 0) {
                    err.printf(Locale.ROOT, "generate-interactions: %d of %d rows written%n", r + 1, set.size());
                }
            }
        }
    }
}

package org.musicrec.tools.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

/** {@code ./musicrec split}: a seeded train/test split of an interaction file, in the same format. */
public final class SplitCommand {
    static final String USAGE = """
            usage: ./musicrec split --input FILE --train-out FILE --test-out FILE [--implicit] [--seed N] [--max-rows N]

              Explicit (default): a seeded random 80/20 of all rows.
              --implicit: per user with n >= 5 rows, max(1, round(0.2 n)) of them held out; others all train.
              FILE: tab-separated 'user item value [timestamp]'; a header line (HetRec) is skipped.
              Prints the row counts on stdout. Exit status: 0 ok, 1 some lines skipped, 2 bad usage/input.
            """;

    private SplitCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return ExitStatus.OK;
        }
        try {
            CommandArgs o = new CommandArgs(args, Set.of("input", "train-out", "test-out", "seed", "max-rows"), Set.of("implicit"));
            o.positional(0, "no positional arguments");
            Path input = o.requiredPath("input");
            Path trainOut = o.requiredPath("train-out");
            Path testOut = o.requiredPath("test-out");
            long seed = o.getLong("seed", 42L);
            Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
            InteractionFile.Report report = InteractionFile.read(input, all,
                    o.getLong("max-rows", InteractionFile.DEFAULT_MAX_ROWS));
            report.problems().forEach(p -> err.println("split: skipped " + p));
            if (report.problemCount() > report.problems().size()) {
                err.println("split: ... and " + (report.problemCount() - report.problems().size()) + " more skipped lines");
            }
            if (all.size() == 0) {
                err.println("split: no usable rows in " + input);
                return ExitStatus.BAD_INPUT;
            }
            Split split = o.flag("implicit") ? Split.implicit(all, seed) : Split.explicit(all, seed);
            InteractionFile.write(trainOut, split.train());
            InteractionFile.write(testOut, split.test());
            out.println(new JsonObject().put("input_rows", all.size()).put("train_rows", split.train().size())
                    .put("test_rows", split.test().size()).put("implicit", o.flag("implicit")).put("seed", seed)
                    .put("skipped_lines", report.problemCount()));
            return report.clean() ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("split: " + e.getMessage());
            err.println("(./musicrec split --help for usage)");
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("split: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }
}

package org.musicrec.tools.features;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.UsageException;

/** Parsed arguments of {@link FeaturesCommand}. */
record FeaturesOptions(List<Path> inputs, Path output, int threads, boolean trueCentroid, boolean help) {
    static final int MAX_THREADS = 64;

    static FeaturesOptions parse(String[] args) {
        // -o is the one short option the tools have; it is spelt out before the shared reader sees it.
        String[] spelled = Arrays.stream(args).map(a -> a.equals("-o") ? "--output" : a).toArray(String[]::new);
        CommandArgs a = new CommandArgs(spelled, Set.of("output", "threads"), Set.of("true-centroid"));
        if (a.help()) {
            return new FeaturesOptions(List.of(), null, 1, false, true);
        }
        for (String p : a.positional()) {
            if (p.startsWith("-") && p.length() > 1) {
                throw new UsageException("unknown option " + p);
            }
        }
        if (a.positional().isEmpty()) {
            throw new UsageException("no input files or folders given");
        }
        return new FeaturesOptions(a.positional().stream().map(Path::of).toList(), a.path("output"),
                a.getInt("threads", 1, 1, MAX_THREADS), a.flag("true-centroid"), false);
    }
}

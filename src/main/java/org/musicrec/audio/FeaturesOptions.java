package org.musicrec.audio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.musicrec.platform.cli.UsageException;

/** Parsed arguments of {@link FeaturesCommand}. */
record FeaturesOptions(List<Path> inputs, Path output, int threads, boolean trueCentroid, boolean help) {
    static final int MAX_THREADS = 64;

    static FeaturesOptions parse(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path output = null;
        int threads = 1;
        boolean trueCentroid = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    return new FeaturesOptions(List.of(), null, 1, false, true);
                }
                case "-o", "--output" -> output = Path.of(value(args, ++i, "-o"));
                case "--threads" -> {
                    String v = value(args, ++i, "--threads");
                    try {
                        threads = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--threads needs a whole number, got '" + v + "'");
                    }
                    if (threads < 1 || threads > MAX_THREADS) {
                        throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ", got " + threads);
                    }
                }
                case "--true-centroid" -> trueCentroid = true;
                default -> {
                    if (args[i].startsWith("-") && args[i].length() > 1) {
                        throw new UsageException("unknown option " + args[i]);
                    }
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input files or folders given");
        }
        return new FeaturesOptions(List.copyOf(inputs), output, threads, trueCentroid, false);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}

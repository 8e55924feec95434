package org.musicrec.sampling;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.musicrec.platform.cli.UsageException;

/** The parsed command line of {@code ./musicrec sample}. {@code metadata} is null when none was given. */
record SampleArguments(Path archive, Path target, Path metadata, SamplingOptions options) {
    static final String USAGE = """
            usage: ./musicrec sample <archive.zip> <target-dir> [options]
              Chooses a subset of the archive's audio from its central directory and extracts only that,
              checking each file's size and CRC. Re-running with the same options resumes a killed run.
              --max-files N          at most N files (default %d)
              --max-bytes SIZE       at most SIZE bytes in total: bytes or a number with K, M, G (default 10G)
              --strategy S           first (archive order) | random (uniform) | stratified (balanced over
                                     top-level genre; needs --metadata) (default first)
              --seed N               seed for random and stratified (default 1)
              --metadata PATH        fma_metadata.zip, or a folder holding tracks.csv (track.genre_top)
              --extensions LIST      allowed extensions, comma-separated (default mp3,wav,flac,ogg)
              --flat                 put every file directly in target-dir instead of the archive's folders
              --max-ratio R          refuse entries that inflate more than R times their size (default 100)
            Writes target-dir/manifest.csv (entry,size,crc,track_id,genre,file).
            Exit status: 0 done, 1 done but some entries were refused, 2 bad usage or unusable input.
            """.formatted(SamplingOptions.DEFAULT_MAX_FILES);

    static SampleArguments parse(String[] args) {
        SamplingOptions d = SamplingOptions.defaults();
        int maxFiles = d.maxFiles();
        long maxBytes = d.maxBytes();
        SamplingStrategy strategy = d.strategy();
        long seed = d.seed();
        Set<String> extensions = d.extensions();
        boolean flat = false;
        double ratio = d.maxCompressionRatio();
        Path metadata = null;
        Path[] positional = new Path[2];
        int count = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--max-files" -> maxFiles = Integer.parseInt(value(args, ++i, a));
                    case "--max-bytes" -> maxBytes = ByteSize.parse(value(args, ++i, a));
                    case "--strategy" -> strategy = SamplingStrategy.parse(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--metadata" -> metadata = Path.of(value(args, ++i, a));
                    case "--extensions" -> extensions = Set.copyOf(Arrays.asList(value(args, ++i, a).split(",")));
                    case "--flat" -> flat = true;
                    case "--max-ratio" -> ratio = Double.parseDouble(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
                        }
                        if (count == 2) {
                            throw new UsageException("unexpected argument '" + a + "'");
                        }
                        positional[count++] = Path.of(a);
                    }
                }
            }
            if (count < 2) {
                throw new UsageException("expected <archive> and <target-dir>");
            }
            return new SampleArguments(positional[0], positional[1], metadata,
                    new SamplingOptions(maxFiles, maxBytes, strategy, seed, extensions, flat, ratio));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new UsageException(e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}

package org.musicrec.tools.sampling;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.List;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.sampling.ByteSize;
import org.musicrec.sampling.SamplingOptions;
import org.musicrec.sampling.SamplingStrategy;

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
        CommandArgs a = new CommandArgs(args,
                Set.of("max-files", "max-bytes", "strategy", "seed", "metadata", "extensions", "max-ratio"), Set.of("flat"));
        List<String> paths = a.positional(2, "<archive> and <target-dir>");
        try {
            String extensions = a.get("extensions", null);
            String maxBytes = a.get("max-bytes", null);
            String strategy = a.get("strategy", null);
            return new SampleArguments(Path.of(paths.get(0)), Path.of(paths.get(1)), a.path("metadata"),
                    new SamplingOptions(a.getInt("max-files", d.maxFiles()),
                            maxBytes == null ? d.maxBytes() : ByteSize.parse(maxBytes),
                            strategy == null ? d.strategy() : SamplingStrategy.parse(strategy),
                            a.getLong("seed", d.seed()),
                            extensions == null ? d.extensions() : Set.copyOf(Arrays.asList(extensions.split(","))),
                            a.flag("flat"), a.getDouble("max-ratio", d.maxCompressionRatio())));
        } catch (UsageException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

package org.musicrec.tools.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;

/** {@code ./musicrec generate-demo <dir> [options]}: the demo's data set, seeded (see docs/demo-data.md). */
public final class GenerateDemoCommand {

    static final String USAGE = """
            usage: ./musicrec generate-demo <dir> [--tracks N] [--malformed K] [--clips N] [--clip-seconds S]
                                            [--sample-rate HZ] [--users N] [--mean-tracks M] [--seed S]
                                            [--metadata FMA_METADATA]
              Writes <dir>/fma_metadata/ (FMA-format catalogue), <dir>/fma_demo_audio.zip (WAV clips
              whose sound depends on the track's top-level genre, named as FMA names them) and
              <dir>/history.csv (user,track,type,at,count from a latent taste model). Same seed, same
              files; parts already there with the same settings are kept.
              --tracks N          catalogue size (default 2000)
              --malformed K       tracks.csv rows corrupted on purpose (default 3)
              --clips N           tracks that get a clip (default 800; 0: none)
              --clip-seconds S    length of a clip (default 3)
              --sample-rate HZ    16-bit mono PCM at this rate (default 22050)
              --users N           listeners in the history (default 500; 0: none)
              --mean-tracks M     mean distinct tracks per listener (default 40)
              --seed S            random seed (default 2026)
              --metadata PATH     draw clips and history over this FMA metadata (zip or folder) instead
                                  of generating a catalogue
            """;

    private GenerateDemoCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] argv) {
        try {
            CommandArgs a = new CommandArgs(argv, Set.of("tracks", "malformed", "clips", "clip-seconds", "sample-rate", "users",
                    "mean-tracks", "seed", "metadata"), Set.of());
            if (a.help()) {
                System.out.print(USAGE);
                return ExitStatus.OK;
            }
            List<String> positional = a.positional();
            if (positional.size() != 1) {
                throw new UsageException("expected one output directory");
            }
            DemoDataGenerator.Settings d = DemoDataGenerator.Settings.demo();
            DemoDataGenerator.Settings s = new DemoDataGenerator.Settings(a.getInt("tracks", d.tracks()),
                    a.getInt("malformed", d.malformed()), a.getInt("clips", d.clips()), a.getDouble("clip-seconds", d.clipSeconds()),
                    a.getInt("sample-rate", d.sampleRate()), a.getInt("users", d.users()), a.getDouble("mean-tracks", d.meanTracks()),
                    a.getLong("seed", d.seed()));
            String metadata = a.get("metadata", null);
            DemoDataGenerator.Result r = new DemoDataGenerator(s).generate(Path.of(positional.get(0)),
                    metadata == null ? null : Path.of(metadata), true, true);
            r.report().forEach(System.out::println);
            return ExitStatus.OK;
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("generate-demo: " + e.getMessage());
            System.err.print(USAGE);
            return ExitStatus.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("generate-demo: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }
}

package org.musicrec.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.musicrec.tools.generate.FmaMetadataGenerator;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.tools.cli.CommandArgs;

/** {@code ./musicrec generate-metadata <dir> [--tracks N] [--seed N] [--malformed N] [--zip]}. */
public final class FmaMetadataGeneratorCommand {
    static final String USAGE = """
            usage: ./musicrec generate-metadata <dir> [--tracks N] [--seed N] [--malformed N] [--zip]
              Writes a synthetic FMA metadata set (tracks.csv with its three-row header, genres.csv,
              raw_tracks/raw_albums/raw_artists/raw_genres.csv) into <dir>; same seed, same files.
              --tracks N     tracks to generate (default 200; the real dataset has 106574). Albums and
                             artists scale in the real proportion, genres are always 163.
              --seed N       random seed (default 42)
              --malformed N  tracks.csv rows to corrupt, so an import has rows to skip (default 0)
              --zip          write <dir>/fma_metadata.zip (files under fma_metadata/) instead of the CSVs
            """;

    private FmaMetadataGeneratorCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        try {
            CommandArgs a = new CommandArgs(args, Set.of("tracks", "seed", "malformed"), Set.of("zip"));
            if (a.help()) {
                System.out.print(USAGE);
                return ExitStatus.OK;
            }
            Path dir = Path.of(a.positional(1, "one output directory").get(0));
            int tracks = a.getInt("tracks", 200, 32, 10_000_000);
            FmaMetadataGenerator.Settings settings = FmaMetadataGenerator.Settings
                    .scaled(tracks, a.getLong("seed", 42))
                    .withMalformedTracks(a.getInt("malformed", 0, 0, tracks / 2));
            long start = System.nanoTime();
            Files.createDirectories(dir);
            Path target = a.flag("zip") ? Files.createTempDirectory(dir, ".fma-gen") : dir;
            FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(settings).write(target);
            Path written = dir;
            if (a.flag("zip")) {
                written = zip(target, dir.resolve("fma_metadata.zip"));
            }
            System.out.printf(Locale.ROOT, "wrote %s: %d tracks (%d malformed rows), %d albums, %d artists, %d genres in %.1f s%n",
                    written, s.tracks(), s.malformedTracks(), s.albums(), s.artists(), s.genres(),
                    (System.nanoTime() - start) / 1e9);
            return ExitStatus.OK;
        } catch (UsageException | IllegalArgumentException e) {
            System.err.println("generate-metadata: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("generate-metadata: cannot write: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }

    /** Moves the CSVs of {@code from} into a ZIP under {@code fma_metadata/}, as the real archive has them. */
    static Path zip(Path from, Path zipFile) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(from)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry("fma_metadata/" + f.getFileName()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(from);
        return zipFile;
    }
}

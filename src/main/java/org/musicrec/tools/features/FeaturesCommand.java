package org.musicrec.tools.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.ProgressLine;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.audio.AudioDecoder;
import org.musicrec.audio.AudioFiles;
import org.musicrec.audio.DecodeException;
import org.musicrec.audio.FeatureExtractor;
import org.musicrec.audio.FeaturesCsv;
import org.musicrec.audio.TrackFeatures;

/** {@code ./musicrec features}: FMA-layout feature CSV for audio files and folders. */
public final class FeaturesCommand {
    static final String USAGE = """
            usage: ./musicrec features <file-or-dir>... [-o FILE] [--threads N] [--true-centroid]

            Decodes each audio file (MP3, WAV, Ogg Vorbis, FLAC; folders are searched for these
            extensions) and writes its 154 FMA features (mfcc, spectral_centroid, zcr x 7 statistics)
            as CSV in the layout of FMA's features.csv: header rows feature/statistics/number, a
            track_id row, then one row per decoded file, its id the file name stem (leading zeros
            dropped when all digits). A file that fails gets no row; its reason goes to stderr and the
            exit status is 1.

              -o FILE          write the CSV to FILE instead of stdout
              --threads N      files decoded in parallel (default 1, at most 64)
              --true-centroid  spectral centroid in Hz; the default reproduces FMA's values, which
                               label bins as if sampled at 22050 Hz (half the true value at 44.1 kHz)
            """;

    private FeaturesCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        FeaturesOptions options;
        try {
            options = FeaturesOptions.parse(args);
        } catch (UsageException e) {
            stderr.println("features: " + e.getMessage());
            stderr.print(USAGE);
            return ExitStatus.BAD_INPUT;
        }
        if (options.help()) {
            stdout.print(USAGE);
            return ExitStatus.OK;
        }
        try {
            List<Path> files = AudioFiles.expand(options.inputs());
            if (files.isEmpty()) {
                stderr.println("features: no audio files (.mp3 .wav .ogg .flac) found in " + options.inputs());
                return ExitStatus.BAD_INPUT;
            }
            return extractAll(files, options, stdout, stderr);
        } catch (IllegalArgumentException e) {
            stderr.println("features: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (java.nio.file.NoSuchFileException e) {
            stderr.println("features: no such file or folder: " + e.getFile());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            stderr.println("features: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        }
    }

    private static int extractAll(List<Path> files, FeaturesOptions options, PrintStream stdout, PrintStream stderr)
            throws IOException {
        FeatureExtractor extractor = new FeatureExtractor(new AudioDecoder(), !options.trueCentroid());
        ProgressLine progress = new ProgressLine("features", files.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        int problems = 0;
        try (Writer out = options.output() == null
                ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8);
             FeaturesCsv.Writer csv = new FeaturesCsv.Writer(out)) {
            // A window of submitted files keeps rows in input order with at most a few clips in flight.
            Deque<Future<TrackFeatures>> window = new ArrayDeque<>();
            int windowSize = 2 * options.threads();
            int submitted = 0;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                while (submitted < files.size() && window.size() < windowSize) {
                    Path file = files.get(submitted++);
                    window.add(pool.submit(() -> {
                        try {
                            return extractor.extract(file);
                        } finally {
                            progress.advance(1);
                        }
                    }));
                }
                try {
                    TrackFeatures features = window.poll().get();
                    if (!seen.add(features.trackId())) {
                        stderr.println("features: " + files.get(i) + ": skipped, track id " + features.trackId()
                                + " already written from another file");
                        problems++;
                        continue;
                    }
                    csv.write(features);
                } catch (ExecutionException e) {
                    problems++;
                    Throwable cause = e.getCause();
                    String reason = cause instanceof DecodeException d ? d.reason() + ": " + d.detail()
                            : "INTERNAL: " + cause;
                    stderr.println("features: " + files.get(i) + ": " + reason);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            csv.flush();
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        stderr.printf("features: %d of %d files written, %d problems%n", files.size() - problems, files.size(), problems);
        return problems == 0 ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
    }
}

package org.musicrec.tools.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.musicrec.tools.generate.FmaMetadataGenerator;

/**
 * The demo's data set in one folder: {@code fma_metadata/} (FMA-format catalogue), {@code fma_demo_audio.zip}
 * (genre-dependent clips) and {@code history.csv} (a listening history), all seeded. Each part is
 * written under a temporary name and renamed, and a part that is already there with the same
 * settings is kept, so an interrupted or repeated run does only what is missing. A catalogue given
 * from outside (the real {@code fma_metadata.zip}) replaces the generated one; clips and history are
 * then drawn over it.
 */
public final class DemoDataGenerator {

    /**
     * @param tracks       generated catalogue size
     * @param malformed    tracks.csv rows corrupted on purpose (the import reports them)
     * @param clips        tracks that get a clip (0: no audio)
     * @param clipSeconds  length of each clip
     * @param users        listeners in the history (0: no history)
     * @param meanTracks   mean distinct tracks per listener
     */
    public record Settings(int tracks, int malformed, int clips, double clipSeconds, int sampleRate, int users,
                           double meanTracks, long seed) {
        public static final int MAX_CLIPS = 100_000;

        public Settings {
            if (tracks < 32 || tracks > 10_000_000 || malformed < 0 || malformed > tracks / 2 || clips < 0 || clips > MAX_CLIPS
                    || users < 0 || users > ListeningHistoryGenerator.Settings.MAX_USERS) {
                throw new IllegalArgumentException("tracks 32..10,000,000, malformed 0..tracks/2, clips 0.." + MAX_CLIPS
                        + ", users 0.." + ListeningHistoryGenerator.Settings.MAX_USERS);
            }
            new ClipSynthesizer(sampleRate, clipSeconds); // validates the audio settings
        }

        /** The demo's size: fast to generate and to run through the pipeline on 2 cores. */
        public static Settings demo() {
            return new Settings(2_000, 3, 800, 3.0, 22_050, 500, 40, 2026);
        }

        String describe() {
            return String.format(Locale.ROOT, "tracks=%d malformed=%d clips=%d clipSeconds=%s sampleRate=%d users=%d meanTracks=%s seed=%d",
                    tracks, malformed, clips, clipSeconds, sampleRate, users, meanTracks, seed);
        }
    }

    /** Where each part is and one line about each, for a summary. */
    public record Result(Path metadata, Path audio, Path history, List<String> report) {
    }

    public static final String METADATA = "fma_metadata";
    public static final String AUDIO = "fma_demo_audio.zip";
    public static final String HISTORY = "history.csv";

    private final Settings settings;

    public DemoDataGenerator(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param externalMetadata a real catalogue to use instead of generating one (null: generate)
     * @param withAudio        generate the clips (false when real audio is used)
     * @param withHistory      generate the history (false when a real one is used)
     */
    public Result generate(Path dir, Path externalMetadata, boolean withAudio, boolean withHistory) throws IOException {
        Files.createDirectories(dir);
        List<String> report = new ArrayList<>();
        Path settingsFile = dir.resolve("settings.txt");
        String wanted = settings.describe() + (externalMetadata == null ? "" : " metadata=" + externalMetadata.toAbsolutePath()) + "\n";
        boolean same = Files.exists(settingsFile) && Files.readString(settingsFile).equals(wanted);
        if (!same) {
            // Other settings: what is there belongs to another data set.
            deleteTree(dir.resolve(METADATA));
            Files.deleteIfExists(dir.resolve(AUDIO));
            Files.deleteIfExists(dir.resolve(HISTORY));
            Files.writeString(settingsFile, wanted);
        }

        Path metadata = externalMetadata;
        if (metadata == null) {
            metadata = dir.resolve(METADATA);
            if (Files.exists(metadata.resolve("tracks.csv"))) {
                report.add("metadata: kept " + metadata);
            } else {
                long t0 = System.nanoTime();
                Path part = dir.resolve(METADATA + ".part");
                deleteTree(part);
                FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(FmaMetadataGenerator.Settings
                        .scaled(settings.tracks(), settings.seed()).withMalformedTracks(settings.malformed())).write(part);
                Files.move(part, metadata, StandardCopyOption.ATOMIC_MOVE);
                report.add(String.format(Locale.ROOT, "metadata: %d tracks (%d malformed rows), %d albums, %d artists, %d genres in %.1f s",
                        s.tracks(), s.malformedTracks(), s.albums(), s.artists(), s.genres(), seconds(t0)));
            }
        }

        Path audio = dir.resolve(AUDIO);
        Path history = dir.resolve(HISTORY);
        boolean needAudio = withAudio && settings.clips() > 0 && !Files.exists(audio);
        boolean needHistory = withHistory && settings.users() > 0 && !Files.exists(history);
        if (needAudio || needHistory) {
            long t0 = System.nanoTime();
            CatalogTracks catalogue = CatalogTracks.read(metadata);
            report.add(String.format(Locale.ROOT, "catalogue read: %d tracks, %d with a top-level genre, in %.1f s",
                    catalogue.tracks().size(), catalogue.genreByTrack().size(), seconds(t0)));
            if (needAudio) {
                t0 = System.nanoTime();
                DemoAudioArchive.Summary s = new DemoAudioArchive(new ClipSynthesizer(settings.sampleRate(), settings.clipSeconds()),
                        settings.seed()).write(catalogue.genreByTrack(), settings.clips(), audio);
                report.add(String.format(Locale.ROOT, "audio: %d clips of %.1f s (%.1f MB) in %.1f s; per genre %s",
                        s.clips(), settings.clipSeconds(), s.bytes() / 1e6, seconds(t0), s.clipsByGenre()));
            }
            if (needHistory) {
                t0 = System.nanoTime();
                ListeningHistoryGenerator.Summary s = new ListeningHistoryGenerator(ListeningHistoryGenerator.Settings
                        .defaults(settings.users(), settings.seed()).withMeanTracks(settings.meanTracks())).write(catalogue, history);
                report.add(String.format(Locale.ROOT, "history: %d users, %d (user, track) pairs, %d rows, %d plays in %.1f s",
                        s.users(), s.pairs(), s.rows(), s.plays(), seconds(t0)));
            }
        } else {
            if (withAudio && Files.exists(audio)) {
                report.add("audio: kept " + audio);
            }
            if (withHistory && Files.exists(history)) {
                report.add("history: kept " + history);
            }
        }
        return new Result(metadata, withAudio && settings.clips() > 0 ? audio : null,
                withHistory && settings.users() > 0 ? history : null, report);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

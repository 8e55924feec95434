package org.musicrec.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An FMA-style ZIP of synthetic clips: {@code fma_demo/000/000002.wav} for track 2, as FMA names the
 * entries of {@code fma_small.zip} (the sampling job and the feature extractor read the track id
 * from the file name). The tracks are a seeded uniform choice among those with a top-level genre
 * that has a {@link GenreVoice}; each clip sounds like its genre. Written to a temporary file and
 * renamed, so a killed run never leaves a truncated archive behind.
 */
public final class DemoAudioArchive {

    /** What was written: clips per top-level genre. */
    public record Summary(Path archive, int clips, long bytes, Map<String, Integer> clipsByGenre) {
    }

    private final ClipSynthesizer synthesizer;
    private final long seed;

    public DemoAudioArchive(ClipSynthesizer synthesizer, long seed) {
        this.synthesizer = synthesizer;
        this.seed = seed;
    }

    /**
     * @param genreByTrack the catalogue's top-level genre per track id (tracks.csv's genre_top)
     * @param clips        how many tracks get a clip (fewer when the catalogue has fewer voiced tracks)
     */
    public Summary write(Map<Long, String> genreByTrack, int clips, Path archive) throws IOException {
        List<Long> chosen = choose(genreByTrack, clips);
        Map<String, Integer> byGenre = new TreeMap<>();
        Path tmp = archive.resolveSibling(archive.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            for (long id : chosen) {
                GenreVoice voice = GenreVoice.of(genreByTrack.get(id));
                byte[] wav = WavFile.of(synthesizer.synthesize(voice, id, seed), synthesizer.sampleRate());
                zip.putNextEntry(new ZipEntry(entryName(id)));
                zip.write(wav);
                zip.closeEntry();
                byGenre.merge(voice.genre(), 1, Integer::sum);
            }
        }
        Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(archive, chosen.size(), Files.size(archive), byGenre);
    }

    /** FMA's layout: a folder per thousand, the id zero-padded to six digits. */
    static String entryName(long trackId) {
        String padded = String.format(Locale.ROOT, "%06d", trackId);
        return "fma_demo/" + padded.substring(0, padded.length() - 3) + "/" + padded + ".wav";
    }

    /** A seeded partial shuffle of the voiced tracks, returned in id order. */
    private List<Long> choose(Map<Long, String> genreByTrack, int clips) {
        List<Long> voiced = new ArrayList<>(genreByTrack.keySet().stream()
                .filter(id -> GenreVoice.of(genreByTrack.get(id)) != null).sorted().toList());
        SplittableRandom r = new SplittableRandom(seed ^ 0xA0D10L);
        int n = Math.min(clips, voiced.size());
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(voiced.size() - i);
            Long t = voiced.get(i);
            voiced.set(i, voiced.get(j));
            voiced.set(j, t);
        }
        List<Long> chosen = new ArrayList<>(voiced.subList(0, n));
        chosen.sort(null);
        return chosen;
    }
}

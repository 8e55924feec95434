package org.musicrec.tools.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a top-level genre sounds in the demo audio: a timbre (the relative amplitudes of the first
 * harmonics), a pitch range, a note rate and note envelope, a percussion pattern and a noise floor.
 * The values are chosen so that the genres differ in what the feature extractor measures (MFCCs
 * follow the harmonic profile and the noise, the spectral centroid the pitch and brightness, the
 * zero-crossing rate the noise and the hats); {@link ClipSynthesizer} varies them per track.
 *
 * @param harmonics       amplitude of harmonic 1, 2, ... (the timbre)
 * @param lowMidi         lowest note (MIDI number; 69 is 440 Hz)
 * @param highMidi        highest note
 * @param notesPerSecond  note rate
 * @param attackSeconds   note attack
 * @param decaySeconds    time constant of the note's exponential decay (large: sustained)
 * @param beatsPerSecond  percussive onsets per second (0: none)
 * @param kick            level of the kick (a falling sine burst) on every other beat
 * @param hat             level of the hat (a short high-passed noise burst) on every beat
 * @param noise           level of the background noise
 * @param brightness      0..1, the background noise's colour (1 white, small values rumble)
 * @param drive           soft clipping (0 clean; distortion adds harmonics)
 */
public record GenreVoice(String genre, double[] harmonics, int lowMidi, int highMidi, double notesPerSecond,
                         double attackSeconds, double decaySeconds, double beatsPerSecond, double kick, double hat,
                         double noise, double brightness, double drive) {

    private static final List<GenreVoice> VOICES = List.of(
            new GenreVoice("International", new double[] {0.3, 0.6, 1, 0.6, 0.3, 0.15}, 55, 79, 4, 0.01, 0.25, 3, 0.2, 0.3, 0.02, 0.5, 0),
            new GenreVoice("Blues", new double[] {1, 0.6, 0.4, 0.25, 0.15, 0.1}, 40, 64, 2.5, 0.02, 0.6, 2, 0.3, 0.15, 0.02, 0.3, 0.5),
            new GenreVoice("Jazz", new double[] {1, 0.4, 0.15, 0.05}, 45, 75, 3.5, 0.03, 0.5, 2.8, 0.1, 0.4, 0.01, 0.6, 0),
            new GenreVoice("Classical", new double[] {1, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15}, 48, 84, 1.5, 0.15, 2.0, 0, 0, 0, 0.003, 0.2, 0),
            new GenreVoice("Old-Time / Historic", new double[] {1, 0, 0.6, 0, 0.4, 0, 0.3}, 50, 74, 2, 0.01, 0.4, 1.5, 0.05, 0.1, 0.12, 0.9, 0.3),
            new GenreVoice("Country", new double[] {1, 0.8, 0.6, 0.5, 0.4, 0.3}, 50, 76, 5, 0.005, 0.3, 2, 0.3, 0.2, 0.015, 0.4, 0),
            new GenreVoice("Pop", new double[] {1, 0.5, 0.3, 0.2, 0.1}, 55, 79, 4, 0.01, 0.5, 2, 0.5, 0.3, 0.01, 0.5, 0),
            new GenreVoice("Rock", new double[] {1, 0.5, 0.33, 0.25, 0.2, 0.17, 0.14, 0.12, 0.11, 0.1}, 40, 64, 6, 0.005, 0.8, 4, 0.5, 0.5, 0.06, 0.6, 2.5),
            new GenreVoice("Easy Listening", new double[] {1, 0.1}, 55, 76, 1.2, 0.1, 1.5, 0.5, 0.05, 0.05, 0.002, 0.2, 0),
            new GenreVoice("Soul-RnB", new double[] {1, 0.3, 0.5, 0.2, 0.1}, 43, 67, 3, 0.02, 0.6, 1.6, 0.6, 0.3, 0.015, 0.4, 0.2),
            new GenreVoice("Electronic", new double[] {1, 0, 0.33, 0, 0.2, 0, 0.14, 0, 0.11}, 36, 60, 8, 0.002, 0.1, 2.1, 0.9, 0.6, 0.02, 0.8, 0.3),
            new GenreVoice("Folk", new double[] {1, 0.5, 0.35, 0.2, 0.1, 0.05}, 52, 76, 3, 0.005, 0.6, 0, 0, 0, 0.01, 0.3, 0),
            new GenreVoice("Spoken", new double[] {0.4, 1, 0.8, 0.3, 0.5, 0.2}, 45, 52, 5, 0.03, 0.12, 0, 0, 0, 0.15, 0.7, 0),
            new GenreVoice("Hip-Hop", new double[] {1, 0.2, 0.1}, 31, 48, 2, 0.01, 0.4, 1.5, 1.0, 0.5, 0.03, 0.5, 0.5),
            new GenreVoice("Experimental", new double[] {1, 0, 0, 0.7, 0, 0.5, 0, 0.4}, 30, 96, 7, 0.001, 0.2, 3.3, 0.2, 0.2, 0.25, 0.7, 1.0),
            new GenreVoice("Instrumental", new double[] {1, 0.6, 0.3, 0.3, 0.2}, 48, 72, 2.5, 0.03, 1.0, 1.2, 0.2, 0.1, 0.008, 0.3, 0));

    private static final Map<String, GenreVoice> BY_GENRE = VOICES.stream()
            .collect(Collectors.toUnmodifiableMap(v -> key(v.genre()), Function.identity()));

    public GenreVoice {
        if (harmonics.length == 0 || lowMidi > highMidi || notesPerSecond <= 0) {
            throw new IllegalArgumentException("a voice needs harmonics, lowMidi <= highMidi and a note rate");
        }
        harmonics = harmonics.clone();
    }

    @Override
    public double[] harmonics() {
        return harmonics.clone();
    }

    /** FMA's 16 top-level genres, in the order of the table above. */
    public static List<GenreVoice> all() {
        return VOICES;
    }

    /** The voice of a top-level genre (FMA's titles, case-insensitive), or null when it has none. */
    public static GenreVoice of(String topGenre) {
        return topGenre == null ? null : BY_GENRE.get(key(topGenre));
    }

    private static String key(String genre) {
        return genre.trim().toLowerCase(Locale.ROOT);
    }
}

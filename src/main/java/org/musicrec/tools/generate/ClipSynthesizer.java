package org.musicrec.tools.generate;

import java.util.SplittableRandom;

/**
 * Synthesises a short mono clip for a track from its genre's {@link GenreVoice}: a melody of
 * additive-synthesis notes (a random walk over a pentatonic scale inside the pitch range), a
 * kick-and-hat pattern, coloured background noise and optional soft clipping. Each track draws its
 * own variation from (seed, track id): a transposition, note and beat rates within +-15%, each
 * harmonic within +-25%, the noise within +-35% and its loudness, so tracks of one genre are alike
 * but not equal. Pure function of its arguments; a sine table keeps it cheap enough to generate
 * a clip for every demo track.
 */
public final class ClipSynthesizer {

    private static final int TABLE_BITS = 12;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final double[] SINE = new double[TABLE_SIZE];
    /** A major pentatonic scale in semitones above the key. */
    private static final int[] SCALE = {0, 2, 4, 7, 9};

    static {
        for (int i = 0; i < TABLE_SIZE; i++) {
            SINE[i] = Math.sin(2 * Math.PI * i / TABLE_SIZE);
        }
    }

    private final int sampleRate;
    private final double seconds;

    public ClipSynthesizer(int sampleRate, double seconds) {
        if (sampleRate < 8000 || sampleRate > 48000 || !(seconds >= 0.5 && seconds <= 30)) {
            throw new IllegalArgumentException("sample rate 8000..48000 Hz and 0.5..30 s per clip");
        }
        this.sampleRate = sampleRate;
        this.seconds = seconds;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** The clip's 16-bit samples. */
    public short[] synthesize(GenreVoice voice, long trackId, long seed) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (trackId * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
        int n = (int) Math.round(seconds * sampleRate);
        double[] out = new double[n];
        double[] harmonics = voice.harmonics();
        for (int h = 0; h < harmonics.length; h++) {
            harmonics[h] *= r.nextDouble(0.75, 1.25);
        }
        int span = voice.highMidi() - voice.lowMidi();
        int transpose = r.nextInt(-Math.min(3, span / 4), Math.min(3, span / 4) + 1);
        melody(out, voice, harmonics, transpose, voice.notesPerSecond() * r.nextDouble(0.85, 1.15), r);
        if (voice.beatsPerSecond() > 0) {
            percussion(out, voice, voice.beatsPerSecond() * r.nextDouble(0.9, 1.1), r);
        }
        noise(out, voice.noise() * r.nextDouble(0.65, 1.35), voice.brightness(), r);
        return toPcm(out, voice.drive(), r.nextDouble(0.5, 0.9));
    }

    private void melody(double[] out, GenreVoice v, double[] harmonics, int transpose, double rate, SplittableRandom r) {
        int low = v.lowMidi() + transpose;
        int high = v.highMidi() + transpose;
        int degree = r.nextInt(Math.max(1, (high - low) * SCALE.length / 12));
        int start = 0;
        double nyquist = sampleRate * 0.45;
        while (start < out.length) {
            int length = (int) (sampleRate / rate * r.nextDouble(0.7, 1.3));
            degree += r.nextInt(-2, 3);
            int midi = midiOf(low, degree);
            if (midi > high || midi < low) {
                degree = r.nextInt(Math.max(1, (high - low) * SCALE.length / 12));
                midi = midiOf(low, degree);
            }
            double f = 440 * Math.pow(2, (midi - 69) / 12.0);
            note(out, start, Math.min(length, out.length - start), f, harmonics, v, nyquist);
            start += length;
        }
    }

    private static int midiOf(int low, int degree) {
        return low + 12 * Math.floorDiv(degree, SCALE.length) + SCALE[Math.floorMod(degree, SCALE.length)];
    }

    private void note(double[] out, int start, int length, double f, double[] harmonics, GenreVoice v, double nyquist) {
        int attack = Math.max(1, (int) (v.attackSeconds() * sampleRate));
        int release = Math.min(length / 2, (int) (0.01 * sampleRate));
        double decayPerSample = Math.exp(-1.0 / (v.decaySeconds() * sampleRate));
        int usable = 0;
        while (usable < harmonics.length && (usable + 1) * f < nyquist) {
            usable++;
        }
        long[] step = new long[usable];
        for (int h = 0; h < usable; h++) {
            step[h] = Math.round((h + 1) * f / sampleRate * (1L << 32));
        }
        long[] phase = new long[usable];
        double decay = 1;
        for (int i = 0; i < length; i++) {
            double env = i < attack ? (double) i / attack : decay;
            if (i >= attack) {
                decay *= decayPerSample;
            }
            if (i > length - release) {
                env *= (double) (length - i) / release;
            }
            double s = 0;
            for (int h = 0; h < usable; h++) {
                s += harmonics[h] * SINE[(int) (phase[h] >>> (32 - TABLE_BITS)) & (TABLE_SIZE - 1)];
                phase[h] = (phase[h] + step[h]) & 0xFFFFFFFFL;
            }
            out[start + i] += 0.5 * env * s;
        }
    }

    private void percussion(double[] out, GenreVoice v, double beats, SplittableRandom r) {
        int period = (int) (sampleRate / beats);
        int kickLength = (int) (0.25 * sampleRate);
        int hatLength = (int) (0.06 * sampleRate);
        int beat = 0;
        for (int at = r.nextInt(Math.max(1, period / 4)); at < out.length; at += period, beat++) {
            if (beat % 2 == 0 && v.kick() > 0) {
                double phase = 0;
                for (int i = 0; i < kickLength && at + i < out.length; i++) {
                    double t = (double) i / sampleRate;
                    double f = 45 + 105 * Math.exp(-t / 0.03);
                    phase += f / sampleRate;
                    out[at + i] += v.kick() * Math.exp(-t / 0.12) * SINE[(int) (phase * TABLE_SIZE) & (TABLE_SIZE - 1)];
                }
            }
            if (v.hat() > 0) {
                double previous = 0;
                for (int i = 0; i < hatLength && at + i < out.length; i++) {
                    double white = r.nextDouble(-1, 1);
                    out[at + i] += v.hat() * 0.5 * Math.exp(-(double) i / sampleRate / 0.015) * (white - previous);
                    previous = white;
                }
            }
        }
    }

    private static void noise(double[] out, double level, double brightness, SplittableRandom r) {
        if (level <= 0) {
            return;
        }
        // A one-pole low-pass: brightness 1 leaves white noise, small values keep only a rumble.
        double a = 1 - Math.max(0.02, Math.min(1, brightness));
        double y = 0;
        double gain = level / Math.sqrt((1 - a) / (1 + a));
        for (int i = 0; i < out.length; i++) {
            y = a * y + (1 - a) * r.nextDouble(-1, 1);
            out[i] += gain * y;
        }
    }

    private static short[] toPcm(double[] x, double drive, double loudness) {
        double peak = 1e-9;
        for (int i = 0; i < x.length; i++) {
            if (drive > 0) {
                x[i] = Math.tanh(drive * x[i]);
            }
            peak = Math.max(peak, Math.abs(x[i]));
        }
        short[] pcm = new short[x.length];
        double scale = loudness * 32767 / peak;
        for (int i = 0; i < x.length; i++) {
            pcm[i] = (short) Math.round(x[i] * scale);
        }
        return pcm;
    }
}

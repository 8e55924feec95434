package org.musicrec.audio;

import java.util.Arrays;

/**
 * A float array of mono samples that grows with the samples actually decoded, never sized from what a
 * header announces, and refuses to pass the duration limit.
 */
final class MonoBuffer {
    /** About a second of audio: small enough that a lying header costs nothing. */
    private static final int INITIAL = 1 << 16;

    private final long maxSamples;
    private float[] data;
    private int size;

    MonoBuffer(long maxSamples) {
        this.maxSamples = Math.min(maxSamples, Integer.MAX_VALUE - 8); // the largest Java array
        this.data = new float[(int) Math.max(1, Math.min(INITIAL, maxSamples))];
    }

    /** Appends the mean of each frame's channels from interleaved 16-bit samples. */
    void addInterleaved16(short[] pcm, int length, int channels) throws DecodeException {
        int frames = length / channels;
        ensure(frames);
        float scale = 1f / (32768f * channels);
        if (channels == 2) {
            for (int i = 0, p = 0; i < frames; i++, p += 2) {
                data[size++] = (pcm[p] + pcm[p + 1]) * scale;
            }
            return;
        }
        for (int i = 0, p = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += pcm[p++];
            }
            data[size++] = sum * scale;
        }
    }

    void add(float sample) throws DecodeException {
        ensure(1);
        data[size++] = sample;
    }

    int size() {
        return size;
    }

    float[] toArray(int from, int to) {
        return Arrays.copyOfRange(data, Math.min(from, size), Math.min(Math.max(from, to), size));
    }

    float[] toArray() {
        return toArray(0, size);
    }

    private void ensure(int more) throws DecodeException {
        long needed = (long) size + more;
        if (needed > maxSamples) {
            throw new DecodeException(DecodeException.Reason.TOO_LARGE,
                    "longer than the limit of " + maxSamples + " samples");
        }
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(maxSamples, Math.max(needed, 2L * data.length)));
        }
    }
}

package org.musicrec.audio;

/**
 * Mono samples in [-1, 1] at the file's own sample rate, plus what the file was. The array is shared,
 * not copied (a 30 s clip is 5 MB); callers treat it as read-only.
 *
 * @param samples     mono samples (the mean of the channels)
 * @param sampleRate  native sample rate in Hz
 * @param channels    number of channels in the file before the downmix
 * @param format      container/codec, e.g. "mp3", "wav", "ogg", "flac"
 */
public record DecodedAudio(float[] samples, int sampleRate, int channels, String format) {
    public DecodedAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }
}

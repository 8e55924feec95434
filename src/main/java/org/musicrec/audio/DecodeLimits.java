package org.musicrec.audio;

/**
 * Bounds on what a decoder accepts from outside, so one huge or endless file cannot exhaust memory.
 *
 * @param maxBytes   largest file accepted
 * @param maxSeconds longest decoded duration accepted
 */
public record DecodeLimits(long maxBytes, double maxSeconds) {
    /** Generous for FMA's 30 s clips and whole tracks alike: 256 MiB, 20 minutes (about 200 MB of floats at 44.1 kHz). */
    public static final DecodeLimits DEFAULT = new DecodeLimits(256L << 20, 20 * 60);

    public DecodeLimits {
        if (maxBytes <= 0 || maxSeconds <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    long maxSamples(int sampleRate) {
        return (long) Math.ceil(maxSeconds * sampleRate);
    }
}

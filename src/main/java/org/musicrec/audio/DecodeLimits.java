package org.musicrec.audio;

/**
 * Bounds on what a decoder accepts from outside, so one huge, endless or lying file cannot exhaust
 * memory. Headers are checked against them before anything is sized from a header field; buffers then
 * grow with the samples actually decoded and stop at {@link #maxSamples(int)}.
 *
 * @param maxBytes   largest file accepted
 * @param maxSeconds longest decoded duration accepted
 */
public record DecodeLimits(long maxBytes, double maxSeconds) {
    /** Generous for FMA's 30 s clips and whole tracks alike: 256 MiB, 20 minutes (about 200 MB of floats at 44.1 kHz). */
    public static final DecodeLimits DEFAULT = new DecodeLimits(256L << 20, 20 * 60);

    /** Below this no music survives, and the mel filter bank (up to half the rate) would be empty. */
    static final int MIN_SAMPLE_RATE = 1000;
    /** The highest rate audio interfaces record at; beyond it a header is lying. */
    static final int MAX_SAMPLE_RATE = 768_000;
    /** More than any surround layout; each channel costs the codec its own block buffers. */
    static final int MAX_CHANNELS = 32;
    /** The largest Java array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    public DecodeLimits {
        if (maxBytes <= 0 || maxSeconds <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The most mono samples a file at {@code sampleRate} may decode to. */
    long maxSamples(int sampleRate) {
        return (long) Math.min(MAX_ARRAY, Math.ceil(maxSeconds * sampleRate));
    }

    /** Refuses a stream whose rate or channel count no real audio has, before a codec allocates by them. */
    void checkStream(String format, int sampleRate, int channels) throws DecodeException {
        if (sampleRate <= 0 || channels <= 0) {
            throw new DecodeException(DecodeException.Reason.CORRUPT,
                    format + " header announces " + channels + " channels at " + sampleRate + " Hz");
        }
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, String.format(
                    "%s sample rate %d Hz is outside the supported %d..%d Hz", format, sampleRate, MIN_SAMPLE_RATE, MAX_SAMPLE_RATE));
        }
        if (channels > MAX_CHANNELS) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, String.format(
                    "%s header announces %d channels, more than the %d supported", format, channels, MAX_CHANNELS));
        }
    }

    /**
     * Refuses a stream whose header announces more mono samples than the duration limit, before decoding
     * any of it (a file that really held them would be refused at the limit anyway).
     */
    void checkAnnouncedLength(String format, long samples, int sampleRate) throws DecodeException {
        if (samples > maxSamples(sampleRate)) {
            throw new DecodeException(DecodeException.Reason.TOO_LARGE, String.format(
                    "%s header announces %d samples (%.0f s at %d Hz), longer than the limit of %.0f s",
                    format, samples, samples / (double) sampleRate, sampleRate, maxSeconds));
        }
    }
}

package org.musicrec.sampling;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to sample and how: both limits hold exactly; extensions are matched case-insensitively;
 * {@code flat} drops the archive's folders; entries inflating more than {@code maxCompressionRatio}
 * times their stored size are refused as zip bombs (MP3s barely compress, so 100 is generous).
 */
public record SamplingOptions(int maxFiles, long maxBytes, SamplingStrategy strategy, long seed,
                              Set<String> extensions, boolean flat, double maxCompressionRatio) {
    public static final int DEFAULT_MAX_FILES = 1000;
    public static final long DEFAULT_MAX_BYTES = 10L << 30;
    public static final double DEFAULT_MAX_RATIO = 100.0;
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("mp3", "wav", "flac", "ogg");

    public SamplingOptions {
        if (maxFiles < 0) {
            throw new IllegalArgumentException("maxFiles must be >= 0, was " + maxFiles);
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0, was " + maxBytes);
        }
        if (!(maxCompressionRatio >= 1.0)) {
            throw new IllegalArgumentException("maxCompressionRatio must be >= 1, was " + maxCompressionRatio);
        }
        if (strategy == null) {
            throw new IllegalArgumentException("strategy is required");
        }
        TreeSet<String> normalised = new TreeSet<>();
        for (String e : extensions) {
            String x = e.trim().toLowerCase(Locale.ROOT);
            x = x.startsWith(".") ? x.substring(1) : x;
            if (x.isEmpty() || !x.matches("[a-z0-9]{1,10}")) {
                throw new IllegalArgumentException("not a file extension: '" + e + "'");
            }
            normalised.add(x);
        }
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("at least one extension is required");
        }
        extensions = Set.copyOf(normalised);
    }

    public static SamplingOptions defaults() {
        return new SamplingOptions(DEFAULT_MAX_FILES, DEFAULT_MAX_BYTES, SamplingStrategy.FIRST, 1L,
                DEFAULT_EXTENSIONS, false, DEFAULT_MAX_RATIO);
    }

    public SamplingOptions withLimits(int files, long bytes) {
        return new SamplingOptions(files, bytes, strategy, seed, extensions, flat, maxCompressionRatio);
    }

    public SamplingOptions withStrategy(SamplingStrategy s, long newSeed) {
        return new SamplingOptions(maxFiles, maxBytes, s, newSeed, extensions, flat, maxCompressionRatio);
    }

    public boolean allows(String entryName) {
        int dot = entryName.lastIndexOf('.');
        int slash = entryName.lastIndexOf('/');
        return dot > slash + 1 && extensions.contains(entryName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A stable description for the plan digest; sorted so that set order never changes it. */
    String canonical() {
        return String.join(",", new TreeSet<>(extensions)) + "|" + maxFiles + "|" + maxBytes + "|" + strategy
                + "|" + seed + "|" + flat + "|" + maxCompressionRatio;
    }
}

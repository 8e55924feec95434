package org.musicrec.sampling.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.musicrec.sampling.ByteSize;
import org.musicrec.sampling.SamplingOptions;
import org.musicrec.sampling.SamplingStrategy;

/**
 * The job parameters of {@code sample-audio}, parsed once: {@code archive}, {@code target} (required),
 * {@code maxFiles}, {@code maxBytes} (bytes or K/M/G), {@code strategy}, {@code seed},
 * {@code metadata}, {@code extensions} (comma-separated), {@code flat}, {@code maxRatio}.
 */
record SamplingJobParameters(Path archive, Path target, Path metadata, SamplingOptions options) {

    static SamplingJobParameters from(Properties p) {
        String archive = required(p, "archive");
        String target = required(p, "target");
        SamplingOptions d = SamplingOptions.defaults();
        try {
            Set<String> extensions = p.getProperty("extensions") == null ? d.extensions()
                    : Arrays.stream(p.getProperty("extensions").split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                            .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            SamplingOptions options = new SamplingOptions(
                    Integer.parseInt(p.getProperty("maxFiles", Integer.toString(d.maxFiles()))),
                    p.getProperty("maxBytes") == null ? d.maxBytes() : ByteSize.parse(p.getProperty("maxBytes")),
                    p.getProperty("strategy") == null ? d.strategy() : SamplingStrategy.parse(p.getProperty("strategy")),
                    Long.parseLong(p.getProperty("seed", Long.toString(d.seed()))),
                    extensions,
                    Boolean.parseBoolean(p.getProperty("flat", "false")),
                    Double.parseDouble(p.getProperty("maxRatio", Double.toString(d.maxCompressionRatio()))));
            String metadata = p.getProperty("metadata");
            return new SamplingJobParameters(Path.of(archive), Path.of(target),
                    metadata == null || metadata.isBlank() ? null : Path.of(metadata), options);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad sample-audio parameter: " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("sample-audio needs the job parameter " + key);
        }
        return v;
    }
}

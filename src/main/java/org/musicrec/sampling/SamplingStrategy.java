package org.musicrec.sampling;

import java.util.Locale;

/** How the sample is drawn from the archive's candidate entries. */
public enum SamplingStrategy {
    /** Archive order, as the first prototype did: cheap and predictable, but biased to the start of the archive. */
    FIRST,
    /** Uniform over all candidates, driven by the seed. */
    RANDOM,
    /** Round-robin over top-level genres (uniform within each), so small genres are not drowned out. */
    STRATIFIED;

    public static SamplingStrategy parse(String text) {
        for (SamplingStrategy s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + text + "' (first, random or stratified)");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.musicrec.sampling;

import java.util.Locale;

/** The SIZE syntax of the command line: plain bytes, or a number with K, M or G (powers of 1024). */
public final class ByteSize {
    private ByteSize() {
    }

    /** @throws IllegalArgumentException with a message that quotes the text when it is not a size */
    public static long parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("B") && t.length() > 1 && "KMG".indexOf(t.charAt(t.length() - 2)) >= 0) {
            t = t.substring(0, t.length() - 1); // accept "10MB" as well as "10M"
        }
        int shift = 0;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> shift = 0;
            }
        }
        String number = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (!number.matches("\\d{1,15}")) {
            throw new IllegalArgumentException("not a size: '" + text + "' (bytes, or a number with K, M or G)");
        }
        long value = Long.parseLong(number);
        if (value > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("size too large: '" + text + "'");
        }
        return value << shift;
    }

    /** A short human-readable form for messages, e.g. {@code 1.5 MiB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}

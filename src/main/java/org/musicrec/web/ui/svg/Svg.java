package org.musicrec.web.ui.svg;

import java.util.Locale;

/** Small helpers shared by the charts: escaping, number formatting, axis ticks, a colour palette. */
public final class Svg {

    /** Distinguishable colours (Okabe-Ito plus greys), cycled for series and groups. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
        "#999999", "#8C564B", "#17BECF", "#BCBD22", "#7F7F7F", "#393B79", "#AD494A", "#637939"};

    private Svg() {
    }

    /** XML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String label(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 100_000)) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        return a < 1 ? String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "")
                : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** About {@code n} round tick values covering [lo, hi]. */
    static double[] ticks(double lo, double hi, int n) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / n;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(count, 0)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    static String color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }
}

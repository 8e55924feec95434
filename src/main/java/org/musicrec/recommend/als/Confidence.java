package org.musicrec.recommend.als;

import java.util.Locale;

/**
 * How an implicit-feedback weight becomes confidence c = 1 + extra(w). {@code LOG} keeps play counts
 * that run into the thousands from swamping the model (Spark with raw counts and alpha 40 scores far
 * below Spark with log counts on Last.fm).
 */
public enum Confidence {
    /** c = 1 + alpha * w (Hu, Koren and Volinsky 2008). */
    RAW,
    /** c = 1 + alpha * ln(1 + w). */
    LOG,
    /** c = 1 + alpha * w', w' the BM25 weight of the count ({@link Bm25}; the trainer weighs the data first). */
    BM25;

    /** Returns c - 1 for a weight; uses |w| so that confidence is never below 1, as Spark does. */
    public double extra(double alpha, double w) {
        double a = Math.abs(w);
        return this == LOG ? alpha * Math.log1p(a) : alpha * a;
    }

    /** {@link #extra} of every value, in order (computed once per training: ln is not cheap). */
    double[] extras(double alpha, float[] values) {
        double[] out = new double[values.length];
        for (int e = 0; e < values.length; e++) {
            out[e] = extra(alpha, values[e]);
        }
        return out;
    }

    public static Confidence parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("confidence must be raw, log or bm25, not '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

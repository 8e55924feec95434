package org.musicrec.audio;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The seven summaries FMA kept per feature row, with scipy's definitions: population std, biased
 * skewness m3/m2^1.5, Fisher kurtosis m4/m2^2 - 3. A constant row (digital silence) gets std 0,
 * skew 0 and kurtosis -3 as in scipy 0.19, never NaN.
 */
public final class FeatureStatistics {
    /** In FMA's column order (alphabetical). */
    public enum Statistic { KURTOSIS, MAX, MEAN, MEDIAN, MIN, SKEW, STD;

        public String columnName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private FeatureStatistics() {
    }

    /** Returns the statistics indexed by {@link Statistic#ordinal()}. */
    public static double[] summarise(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = new Mean().evaluate(x);
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= x.length;
        m3 /= x.length;
        m4 /= x.length;
        // Rounding in the mean leaves a tiny m2 for a constant row; scipy >= 1.9 treats m2 below (1e-15 mean)^2 as zero.
        boolean constant = min == max || m2 <= Math.pow(1e-15 * Math.abs(mean), 2);
        double[] s = new double[Statistic.values().length];
        s[Statistic.KURTOSIS.ordinal()] = constant ? -3.0 : m4 / (m2 * m2) - 3.0;
        s[Statistic.MAX.ordinal()] = max;
        s[Statistic.MEAN.ordinal()] = mean;
        s[Statistic.MEDIAN.ordinal()] = new Median().evaluate(x);
        s[Statistic.MIN.ordinal()] = min;
        s[Statistic.SKEW.ordinal()] = constant ? 0.0 : m3 / Math.pow(m2, 1.5);
        s[Statistic.STD.ordinal()] = constant ? 0.0 : Math.sqrt(m2);
        return s;
    }
}

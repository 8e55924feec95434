package org.musicrec.audio.pca;

/**
 * Column-wise (x - mean) / scale with the population standard deviation as the scale. A column
 * without variance (e.g. {@code zcr,min}, 0 for every music clip) keeps scale 1, so it maps to 0
 * instead of dividing by zero. Immutable.
 */
public final class Standardizer {
    private final double[] means;
    private final double[] scales;

    public Standardizer(double[] means, double[] scales) {
        if (means.length != scales.length) {
            throw new IllegalArgumentException("means and scales differ in length: " + means.length + " vs " + scales.length);
        }
        for (double s : scales) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scales must be positive and finite, got " + s);
            }
        }
        this.means = means.clone();
        this.scales = scales.clone();
    }

    public static Standardizer fit(double[][] rows) {
        int d = PcaFitter.checkRows(rows);
        double[] means = new double[d];
        double[] scales = new double[d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] r : rows) {
                mean += r[j];
            }
            mean /= rows.length;
            double var = 0;
            for (double[] r : rows) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            double std = Math.sqrt(var / rows.length);
            means[j] = mean;
            // relative threshold: a column equal up to rounding counts as constant
            scales[j] = std > 1e-12 * Math.max(1.0, Math.abs(mean)) ? std : 1.0;
        }
        return new Standardizer(means, scales);
    }

    public double[] transform(double[] row) {
        if (row.length != means.length) {
            throw new IllegalArgumentException("expected " + means.length + " values, got " + row.length);
        }
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException("value " + j + " is not finite: " + row[j]);
            }
            z[j] = (row[j] - means[j]) / scales[j];
        }
        return z;
    }

    public int dimension() {
        return means.length;
    }

    public double[] means() {
        return means.clone();
    }

    public double[] scales() {
        return scales.clone();
    }
}

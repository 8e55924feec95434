package org.musicrec.audio.pca;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Standardises the rows, then eigen-decomposes their covariance (commons-math3) and keeps the
 * leading components until they explain {@code targetExplainedVariance} of the total, and at least
 * {@code minComponents} (2, for a map). Deterministic: each component's sign is fixed so that its
 * largest-magnitude loading is positive.
 */
public final class PcaFitter {
    public static final double DEFAULT_TARGET = 0.90;
    public static final int DEFAULT_MIN_COMPONENTS = 2;
    /** Keeps the fit (d x d covariance, all rows in memory) within reach of a batch step's heap. */
    public static final int MAX_ROWS = 2_000_000;

    private final double targetExplainedVariance;
    private final int minComponents;
    private final Clock clock;

    public PcaFitter() {
        this(DEFAULT_TARGET, DEFAULT_MIN_COMPONENTS, Clock.systemUTC());
    }

    public PcaFitter(double targetExplainedVariance, int minComponents, Clock clock) {
        if (!(targetExplainedVariance > 0 && targetExplainedVariance <= 1)) {
            throw new IllegalArgumentException("target explained variance must be in (0, 1], got " + targetExplainedVariance);
        }
        if (minComponents < 1) {
            throw new IllegalArgumentException("minComponents must be at least 1, got " + minComponents);
        }
        this.targetExplainedVariance = targetExplainedVariance;
        this.minComponents = minComponents;
        this.clock = clock;
    }

    /**
     * @param columns the name of each value (e.g. FMA column keys), stored with the model
     * @param rows    one feature vector per track, all of {@code columns.size()} finite values
     */
    public PcaModel fit(List<String> columns, double[][] rows) {
        int d = checkRows(rows);
        if (columns.size() != d) {
            throw new IllegalArgumentException(columns.size() + " column names for " + d + " values per row");
        }
        if (rows.length < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 tracks, got " + rows.length);
        }
        Standardizer standardizer = Standardizer.fit(rows);
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = standardizer.transform(rows[i]);
        }
        RealMatrix cov = new Covariance(new Array2DRowRealMatrix(z, false), true).getCovarianceMatrix();
        EigenDecomposition eigen = new EigenDecomposition(cov);
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
        double total = Arrays.stream(values).map(v -> Math.max(v, 0)).sum();
        int keep = Math.min(d, minComponents);
        double cumulative = 0;
        for (int k = 0; k < d; k++) {
            cumulative += Math.max(values[order[k]], 0) / total;
            if (k + 1 >= keep && cumulative >= targetExplainedVariance - 1e-12) {
                keep = k + 1;
                break;
            }
        }
        double[][] components = new double[keep][];
        double[] variance = new double[keep];
        double[] ratio = new double[keep];
        for (int k = 0; k < keep; k++) {
            components[k] = fixSign(eigen.getEigenvector(order[k]).toArray());
            variance[k] = Math.max(values[order[k]], 0);
            ratio[k] = total > 0 ? variance[k] / total : 0;
        }
        return new PcaModel(columns, standardizer.means(), standardizer.scales(), components, variance, ratio,
                rows.length, Instant.now(clock));
    }

    private static double[] fixSign(double[] v) {
        int largest = 0;
        for (int i = 1; i < v.length; i++) {
            largest = Math.abs(v[i]) > Math.abs(v[largest]) ? i : largest;
        }
        if (v[largest] < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
        return v;
    }

    /** Checks a rectangular, non-empty, finite matrix within the row limit and returns its width. */
    static int checkRows(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        if (rows.length > MAX_ROWS) {
            throw new IllegalArgumentException(rows.length + " rows exceed the limit of " + MAX_ROWS);
        }
        int d = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException("row " + i + ", value " + j + " is not finite: " + rows[i][j]);
                }
            }
        }
        return d;
    }
}

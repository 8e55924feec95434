package org.musicrec.recommend.eval;

import java.util.Arrays;
import java.util.Random;
import org.musicrec.recommend.als.AlsData;

/**
 * A seeded synthetic implicit-feedback set with the shape of listening data: user activity and item
 * popularity both follow power laws, every (user, item) pair occurs at most once, and play counts are
 * 1 + a geometric draw. Used to time ALS at sizes the real data sets do not reach (benchmarks), so the
 * same arguments must always give the same rows, in the same order.
 *
 * <p>User u (in a seeded random order) gets a degree proportional to (rank + 1)^-userExponent, at least
 * {@link #MIN_DEGREE} and at most a quarter of the items (a user who played every track is not data);
 * the degrees are then adjusted so that they add up to exactly the requested number of rows. Each user's
 * items are drawn without replacement from a Zipf law over the items (exponent itemExponent, items also
 * in a seeded random order), rejecting repeats.
 *
 * @param users  user index per row
 * @param items  item index per row
 * @param values play count per row (>= 1)
 */
public record SyntheticInteractions(int numUsers, int numItems, int[] users, int[] items, float[] values) {
    public static final int MIN_DEGREE = 1;
    /** Keeps a generated set well inside memory and int indexing. */
    public static final long MAX_ROWS = 200_000_000L;
    public static final double DEFAULT_USER_EXPONENT = 0.8;
    public static final double DEFAULT_ITEM_EXPONENT = 1.0;
    /** Probability that a play count goes on past each value: mean count about 10. */
    private static final double PLAY_CONTINUES = 0.9;

    /** The default shape: user exponent 0.8, item exponent 1.0. */
    public static SyntheticInteractions generate(int numUsers, int numItems, long rows, long seed) {
        return generate(numUsers, numItems, rows, DEFAULT_USER_EXPONENT, DEFAULT_ITEM_EXPONENT, seed);
    }

    public static SyntheticInteractions generate(int numUsers, int numItems, long rows, double userExponent,
                                                 double itemExponent, long seed) {
        if (numUsers < 1 || numItems < 4) {
            throw new IllegalArgumentException("need at least 1 user and 4 items, not " + numUsers + " x " + numItems);
        }
        int maxDegree = numItems / 4;
        if (rows < (long) numUsers * MIN_DEGREE || rows > (long) numUsers * maxDegree || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be in " + (long) numUsers * MIN_DEGREE + ".."
                    + Math.min(MAX_ROWS, (long) numUsers * maxDegree) + " for " + numUsers + " x " + numItems
                    + ", not " + rows);
        }
        if (!(userExponent >= 0) || !(itemExponent >= 0)) {
            throw new IllegalArgumentException("exponents must be >= 0");
        }
        Random random = new Random(seed);
        int[] userOrder = Split.shuffled(numUsers, random);
        int[] itemOrder = Split.shuffled(numItems, random);
        int[] degree = degrees(numUsers, rows, userExponent, MIN_DEGREE, maxDegree);
        double[] itemCdf = zipfCdf(numItems, itemExponent);

        int n = (int) rows;
        int[] u = new int[n];
        int[] i = new int[n];
        float[] v = new float[n];
        // Marks the items the current user already has; cleared through the rows just written.
        boolean[] taken = new boolean[numItems];
        int at = 0;
        for (int r = 0; r < numUsers; r++) {
            int user = userOrder[r];
            int first = at;
            for (int d = 0; d < degree[r]; d++) {
                int item;
                do {
                    item = itemOrder[draw(itemCdf, random.nextDouble())];
                } while (taken[item]);
                taken[item] = true;
                u[at] = user;
                i[at] = item;
                v[at] = 1 + (int) (Math.log(1 - random.nextDouble()) / Math.log(PLAY_CONTINUES));
                at++;
            }
            for (int p = first; p < at; p++) {
                taken[i[p]] = false;
            }
        }
        return new SyntheticInteractions(numUsers, numItems, u, i, v);
    }

    public int size() {
        return users.length;
    }

    public AlsData toAlsData() {
        return AlsData.of(numUsers, numItems, users, items, values);
    }

    /**
     * Degrees proportional to (r + 1)^-exponent, clamped to [min, max], then moved one at a time (most
     * active users first) until they sum to exactly {@code rows}. The caller checked that rows fits.
     */
    static int[] degrees(int users, long rows, double exponent, int min, int max) {
        double[] weight = new double[users];
        double total = 0;
        for (int r = 0; r < users; r++) {
            weight[r] = Math.pow(r + 1, -exponent);
            total += weight[r];
        }
        int[] degree = new int[users];
        long sum = 0;
        for (int r = 0; r < users; r++) {
            degree[r] = (int) Math.max(min, Math.min(max, Math.floor(rows * weight[r] / total)));
            sum += degree[r];
        }
        while (sum != rows) {
            int step = sum < rows ? 1 : -1;
            boolean moved = false;
            for (int r = 0; r < users && sum != rows; r++) {
                int next = degree[r] + step;
                if (next >= min && next <= max) {
                    degree[r] = next;
                    sum += step;
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("degrees cannot reach " + rows);
            }
        }
        return degree;
    }

    private static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += Math.pow(r + 1, -exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cdf[r] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, double x) {
        int at = Arrays.binarySearch(cdf, x);
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }
}

package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small seeded matrices for the ALS tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Triples of a users x items matrix. */
    record Triples(int users, int items, int[] u, int[] i, float[] v) {
        AlsData data() {
            return AlsData.of(users, items, u, i, v);
        }
    }

    /** Exact rank-{@code rank} ratings U V^T with a {@code fraction} of entries observed; the rest go to {@code heldOut}. */
    static Triples lowRank(int users, int items, int rank, double fraction, long seed, List<float[]> heldOut) {
        Random random = new Random(seed);
        double[][] uf = new double[users][rank];
        double[][] vf = new double[items][rank];
        for (double[] row : uf) {
            for (int k = 0; k < rank; k++) {
                row[k] = random.nextGaussian();
            }
        }
        for (double[] row : vf) {
            for (int k = 0; k < rank; k++) {
                row[k] = random.nextGaussian();
            }
        }
        List<int[]> pairs = new ArrayList<>();
        List<Float> values = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                double r = 0;
                for (int k = 0; k < rank; k++) {
                    r += uf[u][k] * vf[i][k];
                }
                if (random.nextDouble() < fraction) {
                    pairs.add(new int[] {u, i});
                    values.add((float) r);
                } else if (heldOut != null) {
                    heldOut.add(new float[] {u, i, (float) r});
                }
            }
        }
        int[] us = new int[pairs.size()];
        int[] is = new int[pairs.size()];
        float[] vs = new float[pairs.size()];
        for (int n = 0; n < pairs.size(); n++) {
            us[n] = pairs.get(n)[0];
            is[n] = pairs.get(n)[1];
            vs[n] = values.get(n);
        }
        return new Triples(users, items, us, is, vs);
    }

    /** Play counts: random users x items with power-ish counts, for implicit tests. */
    static Triples counts(int users, int items, int perUser, long seed) {
        Random random = new Random(seed);
        int n = users * perUser;
        int[] us = new int[n];
        int[] is = new int[n];
        float[] vs = new float[n];
        int at = 0;
        for (int u = 0; u < users; u++) {
            boolean[] taken = new boolean[items];
            for (int p = 0; p < perUser; p++) {
                int i;
                do {
                    i = (int) (items * Math.pow(random.nextDouble(), 2));
                } while (taken[i]);
                taken[i] = true;
                us[at] = u;
                is[at] = i;
                vs[at] = 1 + random.nextInt(200);
                at++;
            }
        }
        return new Triples(users, items, us, is, vs);
    }
}

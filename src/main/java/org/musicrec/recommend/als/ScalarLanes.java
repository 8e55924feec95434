package org.musicrec.recommend.als;

/**
 * {@link Lanes} in plain Java: the lane sums as eight scalar accumulators. The static {@code ...From}
 * methods do an operation from index {@code from} on; {@link VectorLanes} runs them for the elements after
 * its last full vector, so the tails are this code, not a copy of it.
 */
final class ScalarLanes extends Lanes {
    @Override
    String name() {
        return "scalar";
    }

    @Override
    float dot(float[] a, int ao, float[] b, int k) {
        // The block's terms go into set e, then the sets swap: blocks alternate between the two sets as in
        // Lanes, and the lanewise sums e + d at the end are the same whichever set took the last block.
        float e0 = 0f;
        float e1 = 0f;
        float e2 = 0f;
        float e3 = 0f;
        float e4 = 0f;
        float e5 = 0f;
        float e6 = 0f;
        float e7 = 0f;
        float d0 = 0f;
        float d1 = 0f;
        float d2 = 0f;
        float d3 = 0f;
        float d4 = 0f;
        float d5 = 0f;
        float d6 = 0f;
        float d7 = 0f;
        int i = 0;
        for (; i + WIDTH <= k; i += WIDTH) {
            int o = ao + i;
            float t0 = e0 + a[o] * b[i];
            e0 = d0;
            d0 = t0;
            float t1 = e1 + a[o + 1] * b[i + 1];
            e1 = d1;
            d1 = t1;
            float t2 = e2 + a[o + 2] * b[i + 2];
            e2 = d2;
            d2 = t2;
            float t3 = e3 + a[o + 3] * b[i + 3];
            e3 = d3;
            d3 = t3;
            float t4 = e4 + a[o + 4] * b[i + 4];
            e4 = d4;
            d4 = t4;
            float t5 = e5 + a[o + 5] * b[i + 5];
            e5 = d5;
            d5 = t5;
            float t6 = e6 + a[o + 6] * b[i + 6];
            e6 = d6;
            d6 = t6;
            float t7 = e7 + a[o + 7] * b[i + 7];
            e7 = d7;
            d7 = t7;
        }
        float s = (((e0 + d0) + (e1 + d1)) + ((e2 + d2) + (e3 + d3))) + (((e4 + d4) + (e5 + d5)) + ((e6 + d6) + (e7 + d7)));
        return addProductsFrom(s, a, ao, b, i, k);
    }

    @Override
    void addScaled(float[] acc, float c, float[] a, int ao, int k) {
        addScaledFrom(acc, c, a, ao, 0, k);
    }

    @Override
    void drain(float[] acc, double[] out, int k) {
        drainFrom(acc, out, 0, k);
    }

    @Override
    void addFourRows(double[] out, int width, double[] m, int o, double c0, double c1, double c2, double c3) {
        addFourRowsFrom(out, 0, width, m, o, c0, c1, c2, c3);
    }

    @Override
    void addRow(double[] out, int width, double[] m, int o, double c) {
        addRowFrom(out, 0, width, m, o, c);
    }

    /** s + a[ao + i] * b[i] for i = from .. k - 1, added in that order. */
    static float addProductsFrom(float s, float[] a, int ao, float[] b, int from, int k) {
        for (int i = from; i < k; i++) {
            s += a[ao + i] * b[i];
        }
        return s;
    }

    static void addScaledFrom(float[] acc, float c, float[] a, int ao, int from, int k) {
        for (int i = from; i < k; i++) {
            acc[i] = acc[i] + c * a[ao + i];
        }
    }

    static void drainFrom(float[] acc, double[] out, int from, int k) {
        for (int i = from; i < k; i++) {
            out[i] = out[i] + acc[i];
            acc[i] = 0f;
        }
    }

    static void addFourRowsFrom(double[] out, int from, int width, double[] m, int o,
                                double c0, double c1, double c2, double c3) {
        int o1 = o + width;
        int o2 = o1 + width;
        int o3 = o2 + width;
        for (int i = from; i < width; i++) {
            out[i] = out[i] + c0 * m[o + i] + c1 * m[o1 + i] + c2 * m[o2 + i] + c3 * m[o3 + i];
        }
    }

    static void addRowFrom(double[] out, int from, int width, double[] m, int o, double c) {
        for (int i = from; i < width; i++) {
            out[i] = out[i] + c * m[o + i];
        }
    }
}

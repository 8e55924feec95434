package org.musicrec.recommend.als;

/** {@link Lanes} in plain Java: the lane sums as eight scalar accumulators. */
final class ScalarLanes extends Lanes {
    @Override
    String name() {
        return "scalar";
    }

    @Override
    float dot(float[] a, int ao, float[] b, int k) {
        // e0..e7: the even blocks' lane sums, d0..d7: the odd blocks' (see Lanes).
        float e0 = 0f;
        float d0 = 0f;
        float e1 = 0f;
        float d1 = 0f;
        float e2 = 0f;
        float d2 = 0f;
        float e3 = 0f;
        float d3 = 0f;
        float e4 = 0f;
        float d4 = 0f;
        float e5 = 0f;
        float d5 = 0f;
        float e6 = 0f;
        float d6 = 0f;
        float e7 = 0f;
        float d7 = 0f;
        int i = 0;
        for (; i + 2 * WIDTH <= k; i += 2 * WIDTH) {
            int o = ao + i;
            e0 += a[o] * b[i];
            e1 += a[o + 1] * b[i + 1];
            e2 += a[o + 2] * b[i + 2];
            e3 += a[o + 3] * b[i + 3];
            e4 += a[o + 4] * b[i + 4];
            e5 += a[o + 5] * b[i + 5];
            e6 += a[o + 6] * b[i + 6];
            e7 += a[o + 7] * b[i + 7];
            d0 += a[o + 8] * b[i + 8];
            d1 += a[o + 9] * b[i + 9];
            d2 += a[o + 10] * b[i + 10];
            d3 += a[o + 11] * b[i + 11];
            d4 += a[o + 12] * b[i + 12];
            d5 += a[o + 13] * b[i + 13];
            d6 += a[o + 14] * b[i + 14];
            d7 += a[o + 15] * b[i + 15];
        }
        if (i + WIDTH <= k) {
            int o = ao + i;
            e0 += a[o] * b[i];
            e1 += a[o + 1] * b[i + 1];
            e2 += a[o + 2] * b[i + 2];
            e3 += a[o + 3] * b[i + 3];
            e4 += a[o + 4] * b[i + 4];
            e5 += a[o + 5] * b[i + 5];
            e6 += a[o + 6] * b[i + 6];
            e7 += a[o + 7] * b[i + 7];
            i += WIDTH;
        }
        float s = (((e0 + d0) + (e1 + d1)) + ((e2 + d2) + (e3 + d3))) + (((e4 + d4) + (e5 + d5)) + ((e6 + d6) + (e7 + d7)));
        for (; i < k; i++) {
            s += a[ao + i] * b[i];
        }
        return s;
    }

    @Override
    void addScaled(float[] acc, float c, float[] a, int ao, int k) {
        for (int i = 0; i < k; i++) {
            acc[i] = acc[i] + c * a[ao + i];
        }
    }

    @Override
    void drain(float[] acc, double[] out, int k) {
        for (int i = 0; i < k; i++) {
            out[i] = out[i] + acc[i];
            acc[i] = 0f;
        }
    }

    @Override
    void addRows(double[] out, int width, double[] coef, int rows, double[] m) {
        RowCombination.addToScalar(out, width, coef, rows, m);
    }
}

package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MfccTest {
    @Test
    void constantSpectrumHasOnlyTheZerothCoefficient() {
        double[] in = new double[128];
        java.util.Arrays.fill(in, -40.0);
        double[] out = new double[20];
        new Mfcc(128, 20).apply(in, out);
        assertEquals(-40.0 * Math.sqrt(128), out[0], 1e-9); // ortho scaling sqrt(1/N) times the sum
        for (int k = 1; k < 20; k++) {
            assertEquals(0.0, out[k], 1e-9);
        }
    }

    @Test
    void orthonormalBasisRecoversACosine() {
        // x[n] = cos(pi k (2n+1) / 2N) for k = 3 gives coefficient sqrt(N/2) at 3 and 0 elsewhere
        int n = 128;
        double[] in = new double[n];
        for (int i = 0; i < n; i++) {
            in[i] = Math.cos(Math.PI * 3 * (2 * i + 1) / (2.0 * n));
        }
        double[] out = new double[20];
        new Mfcc(n, 20).apply(in, out);
        for (int k = 0; k < 20; k++) {
            assertEquals(k == 3 ? Math.sqrt(n / 2.0) : 0.0, out[k], 1e-9, "coefficient " + k);
        }
    }
}

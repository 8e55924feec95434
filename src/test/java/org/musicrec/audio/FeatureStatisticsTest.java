package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.musicrec.audio.FeatureStatistics.Statistic;

class FeatureStatisticsTest {
    private static double stat(double[] s, Statistic which) {
        return s[which.ordinal()];
    }

    @Test
    void symmetricRow() {
        double[] s = FeatureStatistics.summarise(new double[] {4, 1, 3, 2});
        assertEquals(2.5, stat(s, Statistic.MEAN), 1e-12);
        assertEquals(2.5, stat(s, Statistic.MEDIAN), 1e-12); // mean of the two middle values
        assertEquals(Math.sqrt(1.25), stat(s, Statistic.STD), 1e-12); // population: divide by 4
        assertEquals(0.0, stat(s, Statistic.SKEW), 1e-12);
        assertEquals(2.5625 / (1.25 * 1.25) - 3, stat(s, Statistic.KURTOSIS), 1e-12); // m4 = 2.5625
        assertEquals(1.0, stat(s, Statistic.MIN));
        assertEquals(4.0, stat(s, Statistic.MAX));
    }

    @Test
    void skewedRowUsesBiasedMoments() {
        // mean 0.25, m2 = 0.1875, m3 = 0.09375, m4 = 0.08203125
        double[] s = FeatureStatistics.summarise(new double[] {0, 0, 0, 1});
        assertEquals(0.09375 / Math.pow(0.1875, 1.5), stat(s, Statistic.SKEW), 1e-12); // 1.1547
        assertEquals(0.08203125 / (0.1875 * 0.1875) - 3, stat(s, Statistic.KURTOSIS), 1e-12); // -0.6667
        assertEquals(0.0, stat(s, Statistic.MEDIAN));
    }

    @Test
    void constantRowIsFiniteLikeScipy() {
        double[] row = new double[2585];
        java.util.Arrays.fill(row, 0.1 + 0.2); // a value whose mean does not round-trip exactly
        double[] s = FeatureStatistics.summarise(row);
        assertEquals(0.0, stat(s, Statistic.STD));
        assertEquals(0.0, stat(s, Statistic.SKEW));
        assertEquals(-3.0, stat(s, Statistic.KURTOSIS));
    }

    @Test
    void oddLengthMedianIsTheMiddleValue() {
        assertEquals(5.0, stat(FeatureStatistics.summarise(new double[] {9, 5, -1}), Statistic.MEDIAN));
    }
}

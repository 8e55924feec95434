package org.musicrec.audio.pca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StandardizerTest {
    @Test
    void keepsMeansAndPopulationStdAndLeavesConstantColumnsAtZero() {
        double[][] rows = {{1, 10, 5}, {3, 10, 5}, {5, 10, 5}};
        Standardizer s = Standardizer.fit(rows);
        assertArrayEquals(new double[] {3, 10, 5}, s.means(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 1, 1}, s.scales(), 1e-12);
        assertArrayEquals(new double[] {-2 / Math.sqrt(8.0 / 3), 0, 0}, s.transform(rows[0]), 1e-12);
        assertArrayEquals(new double[] {0, 1, 0}, s.transform(new double[] {3, 11, 5}), 1e-12);
    }

    @Test
    void refusesBadRows() {
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(new double[][] {{1, Double.NaN}}));
        Standardizer s = Standardizer.fit(new double[][] {{1, 2}, {3, 4}});
        assertThrows(IllegalArgumentException.class, () -> s.transform(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> s.transform(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}

package org.musicrec.audio.pca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PcaFitterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void pointsOnALineHaveOneDominantComponent() {
        // y = 2x + 1 and a constant column: after standardising, x and y coincide, so all variance is on (1,1,0)/sqrt 2
        double[][] rows = {{0, 1, 7}, {1, 3, 7}, {2, 5, 7}, {3, 7, 7}, {4, 9, 7}};
        PcaModel m = new PcaFitter(0.9, 2, CLOCK).fit(List.of("x", "y", "c"), rows);
        assertEquals(2, m.componentCount()); // one suffices for 90 %, two is the floor for a map
        assertEquals(1.0, m.explainedRatio()[0], 1e-12);
        assertEquals(0.0, m.explainedRatio()[1], 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(0.5), Math.sqrt(0.5), 0}, m.components()[0], 1e-12);
        // covariance with n - 1: each standardised column has variance n/(n-1) = 1.25, the sum along the line 2.5
        assertEquals(2.5, m.explainedVariance()[0], 1e-12);
        // x = 2 is the mean: the origin; x = 4 standardises to (4 - 2) / sqrt 2 = sqrt 2 on x and on y,
        // which projects to (sqrt 2 + sqrt 2) / sqrt 2 = 2 on the line's axis
        assertArrayEquals(new double[] {0, 0}, m.project(new double[] {2, 5, 7}), 1e-12);
        assertEquals(2.0, m.project(new double[] {4, 9, 7})[0], 1e-12);
        assertEquals(5, m.trackCount());
        assertEquals(CLOCK.instant(), m.fittedAt());
    }

    @Test
    void keepsComponentsUntilTheTargetIsReached() {
        // columns u, u, v, w with u, v, w orthogonal and of equal variance: eigenvalue shares 1/2, 1/4, 1/4, 0
        double[] u = {1, -1, 1, -1};
        double[] v = {1, 1, -1, -1};
        double[] w = {1, -1, -1, 1};
        double[][] rows = new double[4][];
        for (int i = 0; i < 4; i++) {
            rows[i] = new double[] {u[i], u[i], v[i], w[i]};
        }
        List<String> cols = List.of("a", "b", "c", "d");
        assertEquals(3, new PcaFitter(0.9, 2, CLOCK).fit(cols, rows).componentCount());
        assertEquals(2, new PcaFitter(0.7, 2, CLOCK).fit(cols, rows).componentCount());
        assertEquals(2, new PcaFitter(0.4, 2, CLOCK).fit(cols, rows).componentCount());
        assertEquals(1, new PcaFitter(0.4, 1, CLOCK).fit(cols, rows).componentCount());
        PcaModel m = new PcaFitter(0.9, 2, CLOCK).fit(cols, rows);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, m.explainedRatio(), 1e-12);
        assertEquals(1.0, m.totalExplainedRatio(), 1e-12);
    }

    @Test
    void storedModelProjectsNewTracksExactlyLikeTheFittedOne() {
        double[][] rows = new double[50][];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < rows.length; i++) {
            double a = random.nextGaussian();
            rows[i] = new double[] {a, 2 * a + 0.1 * random.nextGaussian(), random.nextGaussian(), 3};
        }
        PcaModel fitted = new PcaFitter().fit(List.of("a", "b", "c", "d"), rows);
        Map<String, Object> stored = fitted.toMap();
        PcaModel restored = PcaModel.fromMap(stored);
        assertEquals(fitted, restored);
        double[] newTrack = {0.3, 0.5, -1.2, 3};
        assertArrayEquals(fitted.project(newTrack), restored.project(newTrack), 0.0);
        assertEquals(List.of("columns", "means", "scales", "components", "explainedVariance", "explainedRatio",
                "trackCount", "fittedAt"), List.copyOf(stored.keySet()));
    }

    @Test
    void refusesTooFewRowsAndMismatchedNames() {
        PcaFitter f = new PcaFitter();
        assertThrows(IllegalArgumentException.class, () -> f.fit(List.of("a"), new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class, () -> f.fit(List.of("a"), new double[][] {{1, 2}, {3, 4}}));
        assertThrows(IllegalArgumentException.class, () -> new PcaFitter(0, 2, CLOCK));
    }
}

package org.musicrec.audio.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.musicrec.audio.FeatureColumns;
import org.musicrec.audio.FeaturesCsv;
import org.musicrec.platform.DataDir;

/** PCA of librosa's 154 features of the 40 real clips: the shape the fit-pca job will see. */
class PcaOnReferenceFeaturesTest {
    @Test
    void fitsKeepsNinetyPercentAndCentresTheTracks() throws Exception {
        Map<String, double[]> rows;
        try (Reader in = Files.newBufferedReader(DataDir.require("audio-real/librosa-features.csv"))) {
            rows = FeaturesCsv.read(in);
        }
        double[][] x = rows.values().toArray(double[][]::new);
        List<String> columns = FeatureColumns.all().stream().map(FeatureColumns.Column::key).toList();
        PcaModel m = new PcaFitter().fit(columns, x);
        assertTrue(m.totalExplainedRatio() >= 0.9, m.toString());
        assertTrue(m.componentCount() >= 2 && m.componentCount() < 40, m.toString()); // 40 tracks: rank at most 39
        double[] sum = new double[m.componentCount()];
        for (double[] r : x) {
            double[] p = m.project(r);
            for (int k = 0; k < p.length; k++) {
                sum[k] += p[k];
            }
        }
        for (double s : sum) {
            assertEquals(0.0, s / x.length, 1e-9); // projections of the fitted tracks are centred
        }
        // the first component's variance over the fitted tracks equals its eigenvalue
        double var = 0;
        for (double[] r : x) {
            var += Math.pow(m.project(r)[0], 2);
        }
        assertEquals(m.explainedVariance()[0], var / (x.length - 1), 1e-9 * m.explainedVariance()[0]);
        System.out.println(m);
    }
}

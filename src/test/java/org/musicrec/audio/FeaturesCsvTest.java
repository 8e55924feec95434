package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.musicrec.audio.FeatureStatistics.Statistic;

class FeaturesCsvTest {
    @Test
    void writesFloat32ValuesAndReadsThemBack() throws IOException {
        double[] values = new double[154];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i - 77) * 1.234567891234;
        }
        StringWriter out = new StringWriter();
        try (FeaturesCsv.Writer w = new FeaturesCsv.Writer(out)) {
            w.write(new TrackFeatures("42", values, 44100, 30.0));
        }
        Map<String, double[]> back = FeaturesCsv.read(new StringReader(out.toString()));
        double[] expected = new double[154];
        for (int i = 0; i < 154; i++) {
            expected[i] = (float) values[i]; // FMA stored float32
        }
        assertArrayEquals(expected, back.get("42"), 1e-6);
    }

    @Test
    void readsOurColumnsOutOfAWiderFileInAnyOrder() throws IOException {
        String csv = """
                feature,chroma_cens,zcr,mfcc
                statistics,kurtosis,mean,std
                number,01,01,20
                track_id,,,
                2,9.9,0.125,3.5
                """;
        double[] row = FeaturesCsv.read(new StringReader(csv)).get("2");
        assertEquals(0.125, row[FeatureColumns.indexOf(FeatureColumns.ZCR, Statistic.MEAN, 1)]);
        assertEquals(3.5, row[FeatureColumns.indexOf(FeatureColumns.MFCC, Statistic.STD, 20)]);
        assertTrue(Double.isNaN(row[FeatureColumns.indexOf(FeatureColumns.MFCC, Statistic.STD, 19)]));
    }

    @Test
    void refusesOtherLayouts() {
        assertThrows(IOException.class, () -> FeaturesCsv.read(new StringReader("track_id,a\n1,2\n")));
    }
}

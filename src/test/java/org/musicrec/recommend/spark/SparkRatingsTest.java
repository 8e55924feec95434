package org.musicrec.recommend.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;

class SparkRatingsTest {

    @TempDir
    Path dir;

    private final AlsData data = AlsData.of(2, 3, new int[] {1, 0, 0}, new int[] {2, 1, 0}, new float[] {3, 1, 9});

    @Test
    void logConfidenceIsAppliedBeforeSparkSoItsAlphaIsOurs() throws IOException {
        Path f = dir.resolve("r.tsv");
        assertEquals(3, SparkRatings.write(f, data, new AlsParams(4, 0.1, 1, 2, 1L, true, Confidence.LOG)));
        assertEquals(List.of("0\t0\t" + (float) Math.log1p(9), "0\t1\t" + (float) Math.log1p(1), "1\t2\t" + (float) Math.log1p(3)),
                Files.readAllLines(f));
    }

    @Test
    void rawWeightsAndExplicitRatingsGoAsTheyAre() throws IOException {
        Path f = dir.resolve("r.tsv");
        SparkRatings.write(f, data, new AlsParams(4, 0.1, 40, 2, 1L, true, Confidence.RAW));
        assertEquals(List.of("0\t0\t9.0", "0\t1\t1.0", "1\t2\t3.0"), Files.readAllLines(f));
        SparkRatings.write(f, data, AlsParams.explicitDefaults().withConfidence(Confidence.LOG));
        assertEquals(List.of("0\t0\t9.0", "0\t1\t1.0", "1\t2\t3.0"), Files.readAllLines(f));
    }
}

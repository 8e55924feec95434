package org.musicrec.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;

class TrainingParametersTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void defaultsAreTheImplicitDefaults() {
        TrainingParameters p = TrainingParameters.of(null, "instance-4");
        assertEquals(AlsParams.implicitDefaults(), p.als());
        assertEquals("instance-4", p.runId());
        assertEquals(10, p.k());
        assertEquals(p.als().seed(), p.splitSeed());
        assertTrue(p.activate());
    }

    @Test
    void explicitRunsStartFromTheExplicitDefaultsAndTakeOverrides() {
        TrainingParameters p = TrainingParameters.of(props("implicit", "false", "rank", "12", "reg", "0.05", "iterations", "3",
                "seed", "9", "splitSeed", "5", "k", "20", "activate", "false", "runId", "abc-1", "confidence", "raw"), "x");
        assertFalse(p.als().implicit());
        assertEquals(12, p.als().rank());
        assertEquals(0.05, p.als().reg());
        assertEquals(3, p.als().iterations());
        assertEquals(9L, p.als().seed());
        assertEquals(5L, p.splitSeed());
        assertEquals(20, p.k());
        assertEquals(Confidence.RAW, p.als().confidence());
        assertFalse(p.activate());
        assertEquals("abc-1", p.runId());
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("rank", "0"), "x"))
                .getMessage().contains("rank"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("rank", "ten"), "x"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("k", "0"), "x"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("runId", "../../etc"), "x"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("confidence", "loud"), "x"));
    }
}

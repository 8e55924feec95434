package org.musicrec.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.Solver;

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
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("solver", "lu"), "x"))
                .getMessage().contains("solver"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("cgSteps", "0"), "x"))
                .getMessage().contains("cgSteps"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("cgSteps", "three"), "x"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrainingParameters.of(props("implicit", "false", "solver", "cg"), "x")).getMessage().contains("cg"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("bm25B", "1.5"), "x"))
                .getMessage().contains("bm25B"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("bm25K1", "-1"), "x"))
                .getMessage().contains("bm25K1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("tune", "yes"), "x"))
                .getMessage().contains("tune"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("candidates", "9"), "x"))
                .getMessage().contains("tune=true"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrainingParameters.of(props("tune", "false", "budgetSeconds", "60"), "x")).getMessage().contains("tune=true"));
        assertTrue(TrainingParameters.of(props("tune", "TRUE", "candidates", "9"), "x").tuning().tune());
    }

    @Test
    void engineIsLocalUnlessSparkIsAskedFor() {
        TrainingParameters local = TrainingParameters.of(null, "x");
        assertEquals("local", local.engine());
        assertFalse(local.spark());
        assertEquals("", local.sparkMaster());
        TrainingParameters spark = TrainingParameters.of(props("engine", "Spark", "sparkMaster", "spark://127.0.0.1:7077"), "x");
        assertTrue(spark.spark());
        assertEquals("spark", spark.engine());
        assertEquals("spark://127.0.0.1:7077", spark.sparkMaster());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("engine", "flink"), "x"))
                .getMessage().contains("engine"));
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("sparkMaster", "spark://a b"), "x"));
    }

    @Test
    void solverAndWeightingAreJobParameters() {
        TrainingParameters p = TrainingParameters.of(props("solver", "cholesky", "confidence", "bm25", "bm25K1", "50",
                "bm25B", "0.5"), "x");
        assertEquals(Solver.CHOLESKY, p.als().solver());
        assertEquals(Confidence.BM25, p.als().confidence());
        assertEquals(50, p.als().bm25K1());
        assertEquals(0.5, p.als().bm25B());
        TrainingParameters cg = TrainingParameters.of(props("solver", "CG", "cgSteps", "5"), "x");
        assertEquals(Solver.CG, cg.als().solver());
        assertEquals(5, cg.als().cgSteps());
    }

    @Test
    void biasesAreExplicitLocalAndTrueOrFalse() {
        TrainingParameters p = TrainingParameters.of(props("implicit", "false", "biases", "true", "rank", "12"), "x");
        assertTrue(p.als().biases());
        assertEquals(10, p.als().latentRank());
        assertFalse(TrainingParameters.of(props("implicit", "false"), "x").als().biases());
        IllegalArgumentException spark = assertThrows(IllegalArgumentException.class,
                () -> TrainingParameters.of(props("implicit", "false", "biases", "true", "engine", "spark"), "x"));
        assertTrue(spark.getMessage().contains("engine=local"), spark.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingParameters.of(props("biases", "true"), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> TrainingParameters.of(props("implicit", "false", "biases", "yes"), "x"));
    }
}

package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsParams;

/** The stored parameters serving folds in with: a version trained with biases is read as one. */
class ServingModelParamsTest {

    private static Document stored(Boolean biases) {
        Document d = new Document("rank", 12).append("reg", 0.1).append("alpha", 1.0).append("iterations", 10)
                .append("seed", 42L).append("implicit", false).append("confidence", "raw").append("solver", "cholesky");
        return biases == null ? d : d.append("biases", biases);
    }

    @Test
    void biasesAreReadAndOlderVersionsHaveNone() {
        AlsParams biased = ServingModel.params(stored(true));
        assertTrue(biased.biases());
        assertEquals(10, biased.latentRank());
        assertFalse(ServingModel.params(stored(false)).biases());
        assertFalse(ServingModel.params(stored(null)).biases(), "stored before biases existed");
    }
}

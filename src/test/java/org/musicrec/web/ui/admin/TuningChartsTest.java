package org.musicrec.web.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TuningChartsTest {

    @Test
    void oneChartPerParameterWithTheWinnerMarked() {
        var tuning = Json.createReader(new StringReader("{\"metric\":\"ndcg@10\",\"winner\":{\"index\":1},\"candidates\":["
                + "{\"index\":0,\"rank\":20,\"reg\":0.1,\"alpha\":1.0,\"confidence\":\"log\",\"iterations\":10,\"complete\":false,\"validation\":0.11},"
                + "{\"index\":1,\"rank\":80,\"reg\":0.5,\"alpha\":0.7,\"confidence\":\"log\",\"iterations\":15,\"complete\":true,\"validation\":0.18},"
                + "{\"index\":2,\"rank\":50,\"reg\":2.0,\"alpha\":3.0,\"confidence\":\"raw\",\"iterations\":8,\"complete\":true,\"validation\":0.15}]}"))
                .readObject();
        List<String> charts = TuningCharts.of(4, tuning);
        assertEquals(4, charts.size());
        assertTrue(charts.get(0).contains("v4: validation ndcg@10 by rank"), charts.get(0));
        assertTrue(charts.get(1).contains("log10 reg"), charts.get(1));
        for (String svg : charts) {
            assertTrue(svg.contains("candidate 1: rank 80"), svg);
            assertTrue(svg.contains("winner"), svg);
            assertTrue(svg.contains("stopped early"), svg);
        }
        assertEquals(0, TuningCharts.of(5, Json.createObjectBuilder().build()).size());
    }

    @Test
    void explicitChartsSayWhichCandidatesHadBiases() {
        var tuning = Json.createReader(new StringReader("{\"metric\":\"rmse\",\"winner\":{\"index\":1},\"candidates\":["
                + "{\"index\":0,\"rank\":7,\"reg\":0.1,\"alpha\":1.0,\"confidence\":\"raw\",\"biases\":false,\"iterations\":10,\"complete\":true,\"validation\":0.93},"
                + "{\"index\":1,\"rank\":52,\"reg\":0.1,\"alpha\":1.0,\"confidence\":\"raw\",\"biases\":true,\"iterations\":9,\"complete\":true,\"validation\":0.92}]}"))
                .readObject();
        List<String> charts = TuningCharts.of(2, tuning);
        assertEquals(3, charts.size(), "rank, reg and iterations: no alpha for explicit runs");
        assertTrue(charts.get(0).contains("candidate 1: rank 52, reg 0.1, alpha 1.0, raw, biases, 9 it."), charts.get(0));
        assertTrue(charts.get(0).contains("candidate 0: rank 7, reg 0.1, alpha 1.0, raw, 10 it."), charts.get(0));
    }
}

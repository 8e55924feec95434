package org.musicrec.web.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The models, activity and audio-map beans' reading of their sources (the contract JSON, the stored track). */
class ConsolePagesTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void aModelVersionAsTheTableShowsItAndTheChartOfTwoVersions() {
        JsonObject m3 = json("{\"version\":3,\"createdAt\":\"2026-12-01T12:00:00Z\",\"active\":true,\"jobExecutionId\":12,"
                + "\"params\":{\"rank\":10,\"implicit\":true,\"confidence\":\"log\"},\"data\":{\"users\":5},"
                + "\"metrics\":{\"ndcg@10\":0.25,\"precision@10\":0.1},\"baseline\":{\"ndcg@10\":0.08}}");
        ModelsView.ModelRow r = ModelsView.row(m3);
        assertEquals(3, r.version());
        assertTrue(r.active());
        assertEquals("rank=10, implicit=true, confidence=log", r.params());
        assertEquals("0.2500", r.metrics().get("ndcg@10"));
        assertEquals("0.0800", r.baseline().get("ndcg@10"));
        ModelsView.ModelRow r2 = ModelsView.row(json("{\"version\":2,\"metrics\":{\"ndcg@10\":0.2}}"));
        String svg = ModelsView.chart(List.of(r, r2));
        assertTrue(svg.indexOf(">v2<") < svg.indexOf(">v3<"), "versions in increasing order on the x axis");
        assertTrue(svg.contains("ndcg@10 v3: 0.25"), svg);
    }

    @Test
    void activityFiguresOrNotAvailable() {
        List<ActivityView.Figure> none = ActivityView.figures(null);
        assertTrue(none.stream().allMatch(f -> f.value().equals(ActivityView.NA)));
        List<ActivityView.Figure> some = ActivityView.figures(json("{\"eventsPerSecond\":12.345,\"lag\":7}"));
        assertEquals("12.35", some.get(0).value());
        assertEquals(ActivityView.NA, some.get(1).value());
        assertEquals("7", some.get(2).value());
    }

    @Test
    void aTrackOnTheMapNeedsTwoCoordinates() {
        Document t = new Document("_id", 5L).append("title", "<i>Song</i>").append("artistName", "A").append("topGenre", "Rock")
                .append("pcaCoordinates", List.of(1.5, -2.0, 3.0));
        var p = AudioMapView.point(t).orElseThrow();
        assertEquals(1.5, p.x());
        assertEquals(-2.0, p.y());
        assertEquals("<i>Song</i> — A (Rock)", p.label());
        assertTrue(AudioMapView.point(new Document("_id", 6L).append("pcaCoordinates", List.of(1.0))).isEmpty());
        assertEquals("no genre", AudioMapView.point(new Document("_id", 7L).append("pcaCoordinates", List.of(1.0, 2.0))).orElseThrow().group());
    }
}

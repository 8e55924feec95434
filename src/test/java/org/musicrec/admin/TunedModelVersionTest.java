package org.musicrec.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A tuned version's candidates reach the admin API as objects, every one of them. */
class TunedModelVersionTest {

    @Test
    void theVersionListsItsCandidates() throws Exception {
        Document tuning = new Document("metric", "ndcg@10").append("winner", new Document("index", 1))
                .append("candidates", List.of(new Document("index", 0).append("rank", 20).append("validation", 0.11),
                        new Document("index", 1).append("rank", 80).append("validation", 0.18),
                        new Document("index", 2).append("rank", 50).append("validation", 0.15)));
        Document d = new Document("_id", "als-r").append("version", 7).append("tuning", tuning)
                .append("tags", List.of("a", 3));
        try (Jsonb jsonb = JsonbBuilder.create()) {
            JsonObject o = Json.createReader(new StringReader(jsonb.toJson(ModelVersionView.of(d, false)))).readObject();
            var candidates = o.getJsonObject("tuning").getJsonArray("candidates");
            assertEquals(3, candidates.size());
            assertEquals(80, candidates.getJsonObject(1).getInt("rank"));
            assertEquals(0.18, candidates.getJsonObject(1).getJsonNumber("validation").doubleValue());
            assertEquals("3", o.getJsonArray("tags").getString(1), "other lists stay lists of strings");
        }
    }
}

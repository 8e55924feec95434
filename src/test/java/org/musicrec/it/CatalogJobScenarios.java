package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.tools.generate.FmaMetadataGenerator;

/**
 * catalog-import in the server on generated FMA metadata with malformed rows: exact counts,
 * skipped rows as problems with their lines, a stop and restart from the checkpoint with the exact
 * final count, a re-run that updates in place, and the catalogue API over the result.
 */
final class CatalogJobScenarios {

    private static final Bson CATALOGUE = Filters.ne("placeholder", true);

    private final Http app;
    private final AdminJobs jobs;

    CatalogJobScenarios(Http admin, Http app) {
        this.app = app;
        this.jobs = new AdminJobs(admin);
    }

    void importStopRestartRerunAndServe(Path work) throws Exception {
        int tracks = 20_000;
        int malformed = 5;
        FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(
                FmaMetadataGenerator.Settings.scaled(tracks, 3).withMalformedTracks(malformed)).write(work.resolve("fma"));
        String params = "{\"source\":\"" + s.directory() + "\",\"batchSize\":100}";
        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoCollection<Document> stored = client.getDatabase("musicrec").getCollection("tracks");

            long first = jobs.launch("catalog-import", params);
            Poll.until(Duration.ofMinutes(5), () -> stored.countDocuments(CATALOGUE), n -> n >= 500, "tracks being imported");
            jobs.stop(first);
            JsonObject stopped = jobs.awaitEnd(first);
            assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
            assertTrue(stored.countDocuments(CATALOGUE) < tracks - malformed, "stopped before the end");

            long second = jobs.restart(first);
            JsonObject end = jobs.awaitEnd(second);
            assertEquals("COMPLETED", end.getString("status"), end.toString());
            assertEquals(tracks - malformed, stored.countDocuments(CATALOGUE), "every valid track once");
            assertTrue(end.getString("exitStatus").contains("tracks " + (tracks - malformed) + " written " + malformed + " skipped"),
                    end.getString("exitStatus"));
            assertEquals(s.albums(), client.getDatabase("musicrec").getCollection("albums").countDocuments());
            assertEquals(s.artists(), client.getDatabase("musicrec").getCollection("artists").countDocuments());

            String problems = jobs.problems(second);
            assertEquals(malformed, occurrences(problems, "tracks.csv"), problems);

            JsonObject again = jobs.awaitEnd(jobs.launch("catalog-import", params));
            assertEquals("COMPLETED", again.getString("status"));
            assertEquals(tracks - malformed, stored.countDocuments(CATALOGUE), "a re-run updates in place");

            Document some = stored.find(Filters.and(CATALOGUE, Filters.exists("genresAll.0"))).first();
            serves(some, stored);
        }
    }

    private static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private void serves(Document some, MongoCollection<Document> stored) {
        long id = some.getLong("_id");
        JsonObject track = app.get("api/tracks/" + id).json();
        assertEquals(some.getString("title"), track.getString("title"));
        assertEquals(404, app.get("api/tracks/999999999").status());
        assertEquals(400, app.get("api/tracks/abc").status());
        assertEquals(400, app.get("api/tracks?size=1000").status());
        assertEquals(400, app.get("api/tracks?page=-1").status());

        JsonObject page = app.get("api/tracks?size=7&page=1").json();
        assertEquals(7, page.getJsonArray("items").size());
        assertEquals(stored.countDocuments(), page.getJsonNumber("total").longValue());

        int genre = some.getList("genresAll", Number.class).get(0).intValue();
        JsonObject byGenre = app.get("api/tracks?genre=" + genre + "&size=100").json();
        assertEquals(stored.countDocuments(Filters.eq("genresAll", genre)), byGenre.getJsonNumber("total").longValue());

        String word = some.getString("title").split("\\s+")[0];
        JsonObject byText = app.get("api/tracks?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertTrue(byText.getJsonNumber("total").longValue() >= 1, "search finds the title's first word " + word);
        assertEquals(200, app.get("api/tracks?q=" + java.net.URLEncoder.encode("(.*[", java.nio.charset.StandardCharsets.UTF_8)).status(),
                "regular-expression characters are searched literally");

        JsonObject tree = app.get("api/genres").json();
        assertTrue(tree.getJsonArray("genres").size() >= 10, "top-level genres");
        long artist = some.getLong("artistId");
        assertEquals(200, app.get("api/artists/" + artist).status());
        assertEquals(404, app.get("api/albums/999999999").status());
    }
}

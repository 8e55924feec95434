package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * train-als through the admin API on a catalogue with known tastes, then serving end to end:
 * model versions with metrics beating the popularity baseline, a user's list (exclusions, reasons,
 * genre filter with sub-genres), the old route's shape, fold-in through Kafka changing the next
 * answer, cold start for new listeners and for picks, similar tracks, problem bodies, and a hot
 * swap of models under concurrent requests with no error. The fixture is removed at the end.
 */
final class RecommendationScenarios {
    private final Http app;
    private final Http admin;
    private final AdminJobs jobs;

    RecommendationScenarios(Http app, Http admin) {
        this.app = app;
        this.admin = admin;
        this.jobs = new AdminJobs(admin);
    }

    void trainServeFoldInColdStartAndSwap() throws Exception {
        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoDatabase db = client.getDatabase("musicrec");
            TasteFixture fixture = new TasteFixture(240, 300);
            try {
                List<List<Integer>> played = fixture.write(db, 7);
                int v1 = train("{\"rank\":\"8\",\"iterations\":\"8\",\"reg\":\"0.1\",\"alpha\":\"2\",\"confidence\":\"log\",\"blockRows\":\"64\"}");
                modelsListTheVersionWithMetricsAboveTheBaseline(v1);
                usersGetTheirFamilyWithoutWhatTheyPlayed(played);
                genreFilterIncludesSubGenres();
                oldRouteAnswersFiveItems();
                problemsForBadInput();
                coldStartForNewListenersAndPicks(fixture.unplayed());
                similarTracksByAudioAndFactors();
                foldInChangesTheNextAnswer();
                eventsAfterTheSnapshotOutliveTheSwap(db);
                hotSwapUnderConcurrentRequests(admin.get("api/admin/models").json().getInt("active"));
            } finally {
                db.getCollection("tracks").deleteMany(Filters.and(Filters.gte("_id", TasteFixture.FIRST_TRACK),
                        Filters.lte("_id", TasteFixture.FIRST_TRACK + fixture.tracks)));
                db.getCollection("genres").deleteMany(Filters.in("_id", TasteFixture.ROCK, TasteFixture.GARAGE, TasteFixture.JAZZ));
                db.getCollection("interactions").deleteMany(Filters.regex("userId", Pattern.compile("^it-")));
                db.getCollection("interaction_users").deleteMany(Filters.regex("_id", Pattern.compile("^it-")));
            }
        }
    }

    private int train(String params) {
        long exec = jobs.launch("train-als", params);
        JsonObject end = jobs.awaitEnd(exec);
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        JsonObject models = admin.get("api/admin/models").json();
        return models.getInt("active");
    }

    private void modelsListTheVersionWithMetricsAboveTheBaseline(int version) {
        JsonObject models = admin.get("api/admin/models").json();
        JsonObject m = models.getJsonArray("models").getJsonObject(0);
        assertEquals(version, m.getInt("version"));
        assertTrue(m.getBoolean("active"));
        JsonObject metrics = m.getJsonObject("metrics");
        JsonObject baseline = m.getJsonObject("baseline");
        assertTrue(metrics.getJsonNumber("ndcg@10").doubleValue() > baseline.getJsonNumber("ndcg@10").doubleValue(),
                "ALS beats most-popular on a catalogue with tastes: " + m);
        assertEquals(8, m.getJsonObject("params").getInt("rank"));
        assertTrue(m.getJsonObject("data").getInt("train") > 0, m.toString());
        assertEquals(404, admin.post("api/admin/models/99999/activate", "").status());
        assertEquals(401, app.anonymous().get("api/admin/models").status());
    }

    private JsonObject recs(String user, String query) {
        Http.Answer r = app.get("api/users/" + user + "/recommendations" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private void usersGetTheirFamilyWithoutWhatTheyPlayed(List<List<Integer>> played) {
        int inFamily = 0;
        int total = 0;
        for (int u = 0; u < 20; u++) {
            JsonObject r = recs(TasteFixture.user(u), "?n=10");
            assertEquals("als", r.getString("strategy"), r.toString());
            JsonArray items = r.getJsonArray("items");
            assertEquals(10, items.size(), r.toString());
            Set<String> mine = new HashSet<>();
            played.get(u).forEach(t -> mine.add(TasteFixture.track(t)));
            boolean rock = TasteFixture.rockUser(u);
            for (JsonValue v : items) {
                JsonObject item = v.asJsonObject();
                String id = item.getString("trackId");
                assertFalse(mine.contains(id), "played tracks are excluded: " + id);
                assertTrue(item.getString("reason").startsWith("because you played "), item.toString());
                if (id.length() == 7 && TasteFixture.rockFamily(id) == rock) {
                    inFamily++;
                }
                total++;
            }
        }
        assertTrue(inFamily > 0.8 * total, "lists follow the users' families: " + inFamily + " of " + total);
        JsonObject first = recs(TasteFixture.user(0), "?n=3").getJsonArray("items").getJsonObject(0);
        assertTrue(first.getString("title").startsWith("IT <b>track</b>"), "titles come as data: " + first);
        assertTrue(first.containsKey("artist") && first.containsKey("album") && first.containsKey("genres"), first.toString());
    }

    private void genreFilterIncludesSubGenres() {
        for (String genre : List.of("IT Rock", String.valueOf(TasteFixture.ROCK))) {
            JsonArray items = recs(TasteFixture.user(2), "?n=10&genre=" + genre.replace(" ", "%20")).getJsonArray("items");
            assertEquals(10, items.size(), "a jazz listener still gets 10 rock-family tracks: " + items);
            Set<String> genres = new HashSet<>();
            for (JsonValue v : items) {
                v.asJsonObject().getJsonArray("genres").forEach(g -> genres.add(((jakarta.json.JsonString) g).getString()));
            }
            assertTrue(Set.of("IT Rock", "IT Garage").containsAll(genres), genres.toString());
            assertTrue(genres.contains("IT Garage"), "sub-genre tracks are included: " + genres);
        }
        JsonArray garage = recs(TasteFixture.user(0), "?n=5&genre=IT%20Garage").getJsonArray("items");
        garage.forEach(v -> assertEquals("[\"IT Garage\"]", v.asJsonObject().getJsonArray("genres").toString()));
    }

    private void oldRouteAnswersFiveItems() {
        Http.Answer r = app.get("recommendations/" + TasteFixture.user(2));
        assertEquals(200, r.status(), r.body());
        JsonArray arr = (JsonArray) r.structure();
        assertEquals(5, arr.size());
        JsonArray api = recs(TasteFixture.user(2), "?n=5").getJsonArray("items");
        assertEquals(api, arr, "the old route gives the same item objects");
        Http.Answer bad = app.get("recommendations/bad%07id");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
    }

    private void problemsForBadInput() {
        for (String q : List.of("?n=0", "?n=abc", "?n=1000", "?genre=No%20Such%20Genre", "?genre=%27%3B%20DROP")) {
            Http.Answer r = app.get("api/users/" + TasteFixture.user(0) + "/recommendations" + q);
            assertEquals(400, r.status(), q + " " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
        Http.Answer unknownTrack = app.get("api/tracks/123456789012/similar");
        assertEquals(404, unknownTrack.status(), unknownTrack.body());
        assertEquals(400, app.get("api/tracks/" + TasteFixture.track(1) + "/similar?by=telepathy").status());
        assertEquals(400, app.post("api/recommendations/cold-start", "{}").status());
        assertEquals(400, app.post("api/recommendations/cold-start", "{\"genres\":[\"Nope\"]}").status());
    }

    private void coldStartForNewListenersAndPicks(String unplayed) {
        JsonObject stranger = recs("it-nobody-" + System.nanoTime(), "?n=8");
        assertEquals("popular", stranger.getString("strategy"));
        assertFalse(stranger.getBoolean("knownUser"));
        assertEquals(8, stranger.getJsonArray("items").size());

        Http.Answer jazz = app.post("api/recommendations/cold-start", "{\"genres\":[\"IT Jazz\"],\"n\":6}");
        assertEquals(200, jazz.status(), jazz.body());
        JsonArray items = jazz.json().getJsonArray("items");
        assertEquals(6, items.size(), jazz.body());
        items.forEach(v -> assertEquals("[\"IT Jazz\"]", v.asJsonObject().getJsonArray("genres").toString(), v.toString()));

        String seed = TasteFixture.track(2); // a jazz track
        Http.Answer picks = app.post("api/recommendations/cold-start", "{\"tracks\":[\"" + seed + "\"],\"n\":10}");
        assertEquals(200, picks.status(), picks.body());
        JsonArray fromPick = picks.json().getJsonArray("items");
        assertEquals(10, fromPick.size());
        long jazzy = fromPick.stream().filter(v -> v.asJsonObject().getJsonArray("genres").toString().contains("IT Jazz")).count();
        assertTrue(jazzy >= 8, "a jazz pick gives jazz (audio neighbours and the genre's popular tracks): " + fromPick);
        assertFalse(fromPick.toString().contains("\"trackId\":\"" + seed + "\""), "the pick itself is not offered");
        assertTrue(fromPick.toString().contains("\"trackId\":\"" + unplayed + "\""),
                "a track nobody played is recommended through audio similarity: " + fromPick);
        JsonArray coldNeighbours = app.get("api/tracks/" + unplayed + "/similar?n=5&by=hybrid").json().getJsonArray("items");
        assertEquals(5, coldNeighbours.size(), "a track without interactions still has (audio) neighbours: " + coldNeighbours);
    }

    private void similarTracksByAudioAndFactors() {
        String rockTrack = TasteFixture.track(0);
        for (String by : List.of("audio", "cf", "hybrid")) {
            JsonObject r = app.get("api/tracks/" + rockTrack + "/similar?n=8&by=" + by).json();
            JsonArray items = r.getJsonArray("items");
            assertEquals(8, items.size(), by + ": " + r);
            long rock = items.stream().map(v -> v.asJsonObject().getString("trackId"))
                    .filter(id -> id.length() == 7 && TasteFixture.rockFamily(id)).count();
            assertTrue(rock >= 6, by + " neighbours of a rock track are mostly rock: " + r);
            assertFalse(items.toString().contains("\"trackId\":\"" + rockTrack + "\""), "not itself");
        }
    }

    private void foldInChangesTheNextAnswer() {
        String user = "it-new-" + System.nanoTime();
        // Three jazz likes: the model knows these tracks, so the user is folded in.
        StringBuilder events = new StringBuilder("[");
        for (int t : new int[] {2, 5, 8}) {
            events.append(events.length() > 1 ? "," : "").append("{\"userId\":\"").append(user).append("\",\"trackId\":\"")
                    .append(TasteFixture.track(t)).append("\",\"type\":\"like\"}");
        }
        assertEquals(202, app.post("api/events", events.append("]").toString()).status());
        JsonObject jazzList = Poll.until(Duration.ofSeconds(30), () -> recs(user, "?n=10"),
                r -> r.getString("strategy").equals("als"), "fold-in of the new listener");
        long jazz = jazzList.getJsonArray("items").stream()
                .filter(v -> !TasteFixture.rockFamily(v.asJsonObject().getString("trackId"))).count();
        assertTrue(jazz >= 7, "three jazz likes give a jazz list: " + jazzList);
        String firstBefore = jazzList.getJsonArray("items").getJsonObject(0).getString("trackId");
        // Playing the top recommendation removes it from the next answer.
        assertEquals(202, app.post("api/events", "{\"userId\":\"" + user + "\",\"trackId\":\"" + firstBefore + "\",\"type\":\"complete\"}").status());
        JsonObject after = Poll.until(Duration.ofSeconds(30), () -> recs(user, "?n=10"),
                r -> !r.getJsonArray("items").toString().contains("\"trackId\":\"" + firstBefore + "\""), "the played track to leave the list");
        assertNotEquals(jazzList.getJsonArray("items"), after.getJsonArray("items"));
        publishedListIsTheServedOne(user, firstBefore);
    }

    /** The user's last message on the {@code recommendations} topic is the list the API now serves. */
    private void publishedListIsTheServedOne(String user, String played) {
        JsonObject served = recs(user, "?n=10");
        List<String> servedIds = served.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("trackId")).toList();
        String bootstrap = ItServices.get().config().kafkaBootstrap();
        JsonObject message = Poll.until(Duration.ofSeconds(30), () -> PublishedLists.last(bootstrap, user),
                m -> m != null && !m.getJsonArray("items").toString().contains("\"trackId\":\"" + played + "\""),
                "a published list for " + user + " without the played track");
        assertEquals(user, message.getString("userId"));
        assertEquals("als", message.getString("strategy"));
        assertEquals(admin.get("api/admin/models").json().getInt("active"), message.getInt("modelVersion"));
        assertEquals(servedIds, message.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("trackId")).toList(),
                "the topic carries the list the API serves");
    }

    /**
     * A listener acts while a model trains, after its snapshot was read: the new model's precomputed
     * list for them cannot know it, so after the swap serving refreshes every user applied since the
     * snapshot. Here the listener completes their top track; the new model's stored list still holds
     * it (checked), the served list must not.
     */
    private void eventsAfterTheSnapshotOutliveTheSwap(MongoDatabase db) {
        String user = TasteFixture.user(11);
        String top = recs(user, "?n=10").getJsonArray("items").getJsonObject(0).getString("trackId");
        // Many small units: training lasts long enough to act between the snapshot and the activation.
        long exec = jobs.launch("train-als", "{\"rank\":\"8\",\"iterations\":\"30\",\"reg\":\"0.1\",\"alpha\":\"2\","
                + "\"confidence\":\"log\",\"blockRows\":\"4\"}");
        Poll.until(Duration.ofSeconds(60), () -> admin.get("api/admin/jobs/executions/" + exec).json(),
                j -> j.getJsonArray("steps").stream().map(v -> v.asJsonObject())
                        .anyMatch(st -> st.getString("step").equals("snapshot") && st.getString("status").equals("COMPLETED")),
                "the training snapshot taken");
        assertEquals(202, app.post("api/events", "{\"userId\":\"" + user + "\",\"trackId\":\"" + top + "\",\"type\":\"complete\"}").status());
        Poll.until(Duration.ofSeconds(30), () -> recs(user, "?n=10"),
                r -> !r.getJsonArray("items").toString().contains("\"trackId\":\"" + top + "\""), "the completed track to leave the list");
        JsonObject end = jobs.awaitEnd(exec);
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertTrue(end.getJsonArray("steps").stream().map(v -> v.asJsonObject())
                .anyMatch(st -> st.getString("step").equals("train") && st.getString("status").equals("COMPLETED")), end.toString());
        int version = admin.get("api/admin/models").json().getInt("active");
        String modelId = db.getCollection("als_active").find(Filters.eq("_id", "active")).first().getString("model");
        List<?> stored = db.getCollection("als_user_recs").find(Filters.eq("_id", modelId + "|" + user)).first().getList("items", Object.class);
        assertTrue(stored.stream().limit(10).anyMatch(t -> String.valueOf(t).equals(top)),
                "the new model's precomputed list predates the event (else this check proves nothing): " + stored);
        // Right after the swap the precomputed list answers; the refresh of the users changed since
        // the snapshot follows within moments, and from then on the event stays reflected.
        Poll.until(Duration.ofSeconds(15), () -> recs(user, "?n=10"), r -> r.getInt("modelVersion") == version
                && !r.getJsonArray("items").toString().contains("\"trackId\":\"" + top + "\""),
                "version " + version + " serving a list without the track completed after its snapshot");
        for (int i = 0; i < 5; i++) {
            JsonObject served = recs(user, "?n=10");
            assertFalse(served.getJsonArray("items").toString().contains("\"trackId\":\"" + top + "\""), served.toString());
            Poll.pause(300); // a few looks over a second and a half, not waiting for anything
        }
    }

    private void hotSwapUnderConcurrentRequests(int v1) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        Set<Integer> versionsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    // Any failure is recorded, not only a non-200: a transport error or a 200 with a
                    // broken body would otherwise end this thread unseen.
                    String request = "api/users/" + TasteFixture.user((offset * 7 + i++) % 40) + "/recommendations?n=5";
                    try {
                        Http.Answer r = app.get(request);
                        if (r.status() != 200 || r.json().getJsonArray("items").size() != 5) {
                            failure.compareAndSet(null, r.status() + " " + r.body());
                        } else {
                            ok.incrementAndGet();
                            if (r.json().get("modelVersion") instanceof jakarta.json.JsonNumber n) {
                                versionsSeen.add(n.intValue());
                            }
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, request + ": " + e);
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        try {
            int v2 = train("{\"rank\":\"10\",\"iterations\":\"5\",\"blockRows\":\"64\"}");
            assertTrue(v2 > v1);
            Poll.until(Duration.ofSeconds(20), () -> versionsSeen, s -> s.contains(v2), "requests served by version " + v2);
            Http.Answer back = admin.post("api/admin/models/" + v1 + "/activate", "");
            assertEquals(200, back.status(), back.body());
            assertEquals(v1, admin.get("api/admin/models").json().getInt("active"), "rolled back");
            assertEquals(v1, recs(TasteFixture.user(3), "?n=5").getInt("modelVersion"), "the rollback serves at once");
        } finally {
            stop.set(true);
            for (Thread t : clients) {
                t.join();
            }
        }
        assertEquals(null, failure.get(), "no request failed during the swaps");
        assertTrue(ok.get() > 20, "requests were served meanwhile: " + ok.get());
    }
}

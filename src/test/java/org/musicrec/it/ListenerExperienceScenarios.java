package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.musicrec.platform.DataDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The listener's experience in a real browser, on {@link TasteFixture}'s catalogue (tracks whose
 * audio coordinates cluster by genre family, listeners with one taste each) with one real MP3 clip
 * as every fixture track's sampled audio: a preview plays and its {@code complete} reaches the
 * history; a bookmarked listener address opens their page and the back button returns to it; a
 * radio's first tracks share the seed's genre family far more often than chance; a hidden track
 * leaves every list of every listener, and comes back when shown again.
 */
final class ListenerExperienceScenarios {
    private static final int TRACKS = 120;
    private static final int USERS = 120;
    /** Listeners whose lists are checked after a hide. */
    private static final int CHECKED = 30;

    private final Http app;
    private final Http admin;
    private final AdminJobs jobs;
    private final String base;

    ListenerExperienceScenarios(Http app, Http admin, String base) {
        this.app = app;
        this.admin = admin;
        this.jobs = new AdminJobs(admin);
        this.base = base;
    }

    void run(Path work) throws Exception {
        TasteFixture fixture = new TasteFixture(TRACKS, USERS);
        try (MongoClient client = MongoClients.create(ItServices.get().config().mongoUri())) {
            MongoDatabase db = client.getDatabase("musicrec");
            try {
                fixture.write(db, 11);
                Path clip = Files.createDirectories(work).resolve("clip.mp3");
                try (Stream<Path> s = Files.list(DataDir.require("audio-real"))) {
                    Files.copy(s.filter(f -> f.toString().endsWith(".mp3")).sorted().findFirst().orElseThrow(), clip);
                }
                // What feature extraction writes for a sampled file: the clip's path on the track.
                // Every played fixture track gets the clip; the unplayed one (FIRST_TRACK + TRACKS) has none.
                db.getCollection("tracks").updateMany(Filters.and(Filters.gte("_id", TasteFixture.FIRST_TRACK),
                        Filters.lt("_id", TasteFixture.FIRST_TRACK + TRACKS)), Updates.set("audioPath", clip.toAbsolutePath().toString()));
                JsonObject end = jobs.awaitEnd(jobs.launch("train-als", "{\"rank\":\"8\",\"iterations\":\"8\",\"reg\":\"0.1\",\"alpha\":\"2\",\"confidence\":\"log\"}"));
                assertEquals("COMPLETED", end.getString("status"), end.toString());
                int active = admin.get("api/admin/models").json().getInt("active");
                Poll.until(Duration.ofSeconds(30), () -> app.get("api/users/" + TasteFixture.user(0) + "/recommendations?n=10"),
                        a -> a.status() == 200 && a.json().getInt("modelVersion", -1) == active && "als".equals(a.json().getString("strategy")),
                        "serving answers from the new model");

                clipAnswersRanges(fixture);
                previewPlaysAndCompleteReachesTheHistory();
                bookmarkedListenerOpensAndTheBackButtonReturns();
                radioKeepsToTheSeedsGenre();
                hiddenTrackLeavesEveryListOfEveryListener();
            } finally {
                db.getCollection("tracks").deleteMany(Filters.and(Filters.gte("_id", TasteFixture.FIRST_TRACK),
                        Filters.lte("_id", TasteFixture.FIRST_TRACK + TRACKS)));
                db.getCollection("genres").deleteMany(Filters.in("_id", TasteFixture.ROCK, TasteFixture.GARAGE, TasteFixture.JAZZ));
                db.getCollection("interactions").deleteMany(Filters.regex("userId", Pattern.compile("^it-")));
                db.getCollection("interaction_users").deleteMany(Filters.regex("_id", Pattern.compile("^it-")));
            }
        }
    }

    private void clipAnswersRanges(TasteFixture fixture) {
        Http.Answer part = app.with("Range", "bytes=0-99").get("api/tracks/" + TasteFixture.track(0) + "/audio");
        assertEquals(206, part.status());
        assertTrue(part.raw().headers().firstValue("Content-Range").orElse("").startsWith("bytes 0-99/"), part.raw().headers().toString());
        assertEquals("audio/mpeg", part.contentType());
        assertEquals(416, app.with("Range", "bytes=999999999-").get("api/tracks/" + TasteFixture.track(0) + "/audio").status());
        assertEquals(404, app.get("api/tracks/" + fixture.unplayed() + "/audio").status());
    }

    private List<String> recs(String user) {
        return ids(app.get("api/users/" + user + "/recommendations?n=10").json());
    }

    private static List<String> ids(JsonObject answer) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : answer.getJsonArray("items")) {
            out.add(v.asJsonObject().getString("trackId"));
        }
        return out;
    }

    private void previewPlaysAndCompleteReachesTheHistory() {
        String user = TasteFixture.user(0);
        try (Browser b = new Browser(base)) {
            b.open("?listener=" + user);
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations audio.preview")));
            String track = (String) b.script("var a = document.querySelector('#recommendations audio.preview'); a.play(); return a.getAttribute('data-track');");
            String audio = "#recommendations audio.preview[data-track='" + track + "']";
            b.await(Duration.ofSeconds(30), ExpectedConditions.attributeToBe(By.cssSelector(audio), "data-state", "playing"));
            assertEquals(Boolean.FALSE, b.script("return document.querySelector(arguments[0]).paused;", audio));
            b.screenshot("listener-preview-playing");
            // To the end without waiting the clip out: the seek itself is a range request.
            b.script("var a = document.querySelector(arguments[0]); a.currentTime = Math.max(0, a.duration - 0.4);", audio);
            b.await(Duration.ofSeconds(30), ExpectedConditions.attributeToBe(By.cssSelector(audio), "data-state", "ended"));
            Poll.until(Duration.ofSeconds(30), () -> app.get("api/users/" + user + "/history?limit=50"),
                    a -> a.status() == 200 && completes(a.json(), track) == 1, "the complete of track " + track + " in " + user + "'s history");
        }
    }

    private static long completes(JsonObject history, String track) {
        for (JsonValue v : history.getJsonArray("interactions")) {
            if (v.asJsonObject().getString("trackId").equals(track)) {
                return v.asJsonObject().getJsonNumber("completes").longValue();
            }
        }
        return 0;
    }

    private void bookmarkedListenerOpensAndTheBackButtonReturns() {
        String user = TasteFixture.user(3);
        try (Browser b = new Browser(base)) {
            b.open("?listener=" + user);
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations article.track")));
            assertTrue(b.find("#recommendations h2").getText().contains(user), b.find("#recommendations h2").getText());
            assertEquals(recs(user), cards(b));
            b.find("#recommendations article.track .start-radio").click();
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radio-list li")));
            assertTrue(b.url().contains("radio="), b.url());
            assertTrue(b.url().contains("listener=" + user), b.url());
            b.back();
            b.await(Duration.ofSeconds(30), d -> d.getCurrentUrl().endsWith("?listener=" + user));
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations article.track")));
            assertEquals(0, b.all("#radio-list").size());
            assertEquals(recs(user), cards(b));
        }
    }

    private void radioKeepsToTheSeedsGenre() {
        String seed = TasteFixture.track(2); // a jazz track
        String user = TasteFixture.user(2);  // a jazz listener
        List<String> radio;
        try (Browser b = new Browser(base)) {
            b.open("?listener=" + user + "&radio=" + seed);
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#radio-list li")));
            radio = b.all("#radio-list li").stream().map(e -> e.getAttribute("data-track")).toList();
            assertEquals(seed, b.find("#radio").getAttribute("data-seed"));
            b.screenshot("listener-radio");
        }
        List<String> first = radio.subList(0, Math.min(10, radio.size()));
        assertEquals(10, first.size(), radio.toString());
        long jazz = first.stream().filter(ListenerExperienceScenarios::fixtureJazz).count();
        long catalogue = app.get("api/tracks?size=1").json().getJsonNumber("total").longValue();
        double chance = (TRACKS / 3.0) / catalogue;
        assertTrue(jazz / 10.0 > chance && jazz >= 7, jazz + " of the first 10 are jazz; chance would be " + chance + ": " + first);
        JsonObject answer = app.get("api/tracks/" + seed + "/radio?n=20&userId=" + user).json();
        List<String> artists = answer.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("artist", "")).toList();
        for (int i = 1; i < artists.size(); i++) {
            assertNotEquals(artists.get(i - 1), artists.get(i), "one artist twice in a row: " + artists);
        }
        assertEquals(ids(answer).size(), ids(answer).stream().distinct().count(), "a track repeated: " + ids(answer));
        assertFalse(ids(answer).contains(seed));
    }

    private static boolean fixtureJazz(String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return false;
        }
        return n >= TasteFixture.FIRST_TRACK && n <= TasteFixture.FIRST_TRACK + TRACKS && !TasteFixture.rockFamily(id);
    }

    private void hiddenTrackLeavesEveryListOfEveryListener() {
        // The track on the most lists of the checked listeners (first by id on a tie).
        java.util.Map<String, List<String>> onLists = new java.util.TreeMap<>();
        for (int u = 0; u < CHECKED; u++) {
            for (String t : recs(TasteFixture.user(u))) {
                onLists.computeIfAbsent(t, k -> new ArrayList<>()).add(TasteFixture.user(u));
            }
        }
        String hidden = onLists.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
        List<String> holders = onLists.get(hidden);
        assertTrue(holders.size() >= 2, "the track is on several lists before: " + holders);
        assertEquals(200, admin.post("api/admin/tracks/" + hidden + "/hide", "").status());
        assertTrue(admin.get("api/admin/tracks/hidden").body().contains("\"" + hidden + "\""));
        for (int u = 0; u < CHECKED; u++) {
            String user = TasteFixture.user(u);
            Poll.until(Duration.ofSeconds(10), () -> app.get("api/users/" + user + "/recommendations?n=10"),
                    a -> a.status() == 200 && ids(a.json()).size() == 10 && !ids(a.json()).contains(hidden), hidden + " gone from " + user + "'s list");
            assertFalse(ids(app.get("api/tracks/" + TasteFixture.track(u) + "/radio?n=20&userId=" + user).json()).contains(hidden), user + "'s radio");
            assertFalse(ids(app.get("api/tracks/" + TasteFixture.track(u) + "/similar?n=20").json()).contains(hidden), "similar to " + u);
        }
        assertFalse(ids(app.post("api/recommendations/cold-start", "{\"tracks\":[\"" + TasteFixture.track(0) + "\"],\"n\":20}").json())
                .contains(hidden), "the cold-start list");
        try (Browser b = new Browser(base)) {
            b.open("?listener=" + holders.get(0));
            b.await(Duration.ofSeconds(30), ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommendations article.track")));
            assertFalse(cards(b).contains(hidden), cards(b).toString());
            assertEquals(10, cards(b).size());
            b.screenshot("listener-after-hide");
        }
        assertEquals(200, admin.post("api/admin/tracks/" + hidden + "/unhide", "").status());
        Poll.until(Duration.ofSeconds(10), () -> app.get("api/users/" + holders.get(0) + "/recommendations?n=10"),
                a -> a.status() == 200 && ids(a.json()).contains(hidden), hidden + " back on " + holders.get(0) + "'s list");
    }

    private static List<String> cards(Browser b) {
        return b.all("#recommendations article.track").stream().map(e -> e.getAttribute("data-track")).toList();
    }
}

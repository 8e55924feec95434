package org.musicrec.web.ui.listener;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.web.ui.LoopbackApi;

/**
 * The listener page's calls to the serving API (see docs: contracts), each answering a
 * {@link Result}: the value, or a sentence saying what went wrong (unknown track, service down),
 * never an exception. Built on {@link LoopbackApi}, so it is tested against any HTTP server.
 */
public final class ServingClient {

    /** A value or a plain reason; {@code status} is the HTTP status (0 = no answer). */
    public record Result<T>(T value, int status, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** A sample listener with how many interactions they have. */
    public record SampleUser(String userId, long interactions) implements java.io.Serializable {
        public String getUserId() {
            return userId;
        }

        public long getInteractions() {
            return interactions;
        }
    }

    /** A list of recommendations and how it was made. */
    public record Recommendations(String userId, Integer modelVersion, String strategy, boolean knownUser, List<Item> items) implements java.io.Serializable {
    }

    /** One (user, track) line of the history. */
    public record Played(String trackId, String title, String artist, long plays, long likes, long dislikes, long skips, double weight, String lastAt) implements java.io.Serializable {
        public String getTrackId() {
            return trackId;
        }

        public String getTitle() {
            return title.isEmpty() ? "track " + trackId : title;
        }

        public String getArtist() {
            return artist;
        }

        public String getSummary() {
            return plays + " play(s), " + likes + " like(s), " + skips + " skip(s), " + dislikes + " dislike(s)";
        }

        public String getLastAt() {
            return lastAt;
        }
    }

    /** A genre and its weight in the history. */
    public record GenreWeight(String genre, double weight) implements java.io.Serializable {
        public String getGenre() {
            return genre;
        }

        public String getWeight() {
            return String.format(java.util.Locale.ROOT, "%.1f", weight);
        }
    }

    /** The history and top genres of a listener. */
    public record History(List<Played> interactions, List<GenreWeight> topGenres) implements java.io.Serializable {
    }

    /** Largest list asked for; the API refuses larger ones anyway. */
    static final int MAX_N = 50;

    private final LoopbackApi api;

    public ServingClient(LoopbackApi api) {
        this.api = api;
    }

    public Result<List<SampleUser>> samples(int n) {
        LoopbackApi.Answer a = api.get("api/users/samples?n=" + clamp(n));
        if (!a.ok()) {
            return failed(a, "sample listeners");
        }
        List<SampleUser> users = new ArrayList<>();
        for (JsonObject u : objects(a.object(), "users")) {
            users.add(new SampleUser(Item.text(u, "userId"), u.get("interactions") instanceof JsonNumber x ? x.longValue() : 0));
        }
        return new Result<>(users, a.status(), null);
    }

    public Result<Recommendations> recommendations(String userId, int n, String genre) {
        String q = "api/users/" + path(userId) + "/recommendations?n=" + clamp(n)
                + (genre == null || genre.isBlank() ? "" : "&genre=" + query(genre));
        return recommendationsFrom(api.get(q), "recommendations");
    }

    public Result<Recommendations> coldStart(List<String> genres, List<String> tracks, int n) {
        JsonArrayBuilder g = Json.createArrayBuilder();
        genres.forEach(g::add);
        JsonArrayBuilder t = Json.createArrayBuilder();
        tracks.forEach(t::add);
        String body = Json.createObjectBuilder().add("genres", g).add("tracks", t).add("n", clamp(n)).build().toString();
        return recommendationsFrom(api.post("api/recommendations/cold-start", body), "cold-start recommendations");
    }

    public Result<List<Item>> similar(String trackId, String by, int n) {
        LoopbackApi.Answer a = api.get("api/tracks/" + path(trackId) + "/similar?n=" + clamp(n) + "&by=" + query(by));
        if (a.status() == 404) {
            return new Result<>(List.of(), 404, "no track " + trackId + " is known");
        }
        if (!a.ok()) {
            return failed(a, "similar tracks");
        }
        return new Result<>(objects(a.object(), "items").stream().map(Item::of).toList(), a.status(), null);
    }

    public Result<History> history(String userId, int limit) {
        LoopbackApi.Answer a = api.get("api/users/" + path(userId) + "/history?limit=" + clamp(limit));
        if (!a.ok()) {
            return failed(a, "history");
        }
        List<Played> played = new ArrayList<>();
        for (JsonObject o : objects(a.object(), "interactions")) {
            played.add(new Played(Item.text(o, "trackId"), Item.text(o, "title"), Item.text(o, "artist"), count(o, "plays"),
                    count(o, "likes"), count(o, "dislikes"), count(o, "skips"),
                    o.get("weight") instanceof JsonNumber w ? w.doubleValue() : 0, Item.text(o, "lastAt")));
        }
        List<GenreWeight> genres = new ArrayList<>();
        for (JsonObject o : objects(a.object(), "topGenres")) {
            genres.add(new GenreWeight(Item.text(o, "genre"), o.get("weight") instanceof JsonNumber w ? w.doubleValue() : 0));
        }
        return new Result<>(new History(played, genres), a.status(), null);
    }

    /** Posts one listener event (play, like, skip, dislike, complete) through the public events API. */
    public Result<String> event(String userId, String trackId, String type) {
        String body = Json.createObjectBuilder().add("userId", userId).add("trackId", trackId).add("type", type).build().toString();
        LoopbackApi.Answer a = api.post("api/events", body);
        if (a.status() != 202) {
            return failed(a, "the " + type + " event");
        }
        return new Result<>(a.object().getJsonArray("accepted").getString(0, ""), a.status(), null);
    }

    /** A radio seeded by a track, for the listener when one is given. */
    public Result<List<Item>> radio(String trackId, String userId, int n) {
        LoopbackApi.Answer a = api.get("api/tracks/" + path(trackId) + "/radio?n=" + clamp(n)
                + (userId == null || userId.isEmpty() ? "" : "&userId=" + query(userId)));
        if (a.status() == 404) {
            return new Result<>(List.of(), 404, "no track " + trackId + " is known");
        }
        if (!a.ok()) {
            return failed(a, "the radio");
        }
        return new Result<>(objects(a.object(), "items").stream().map(Item::of).toList(), a.status(), null);
    }

    /** Catalogue tracks whose title or artist matches {@code q}, as cards. */
    public Result<List<Item>> search(String q, int n) {
        LoopbackApi.Answer a = api.get("api/tracks?size=" + clamp(n) + "&q=" + query(q));
        if (!a.ok()) {
            return failed(a, "the catalogue search");
        }
        List<Item> out = new ArrayList<>();
        for (JsonObject o : objects(a.object(), "items")) {
            out.add(new Item(Item.text(o, "id"), Item.text(o, "title"), Item.text(o, "artistName"), Item.text(o, "albumTitle"),
                    Item.text(o, "topGenre").isEmpty() ? List.of() : List.of(Item.text(o, "topGenre")), null, ""));
        }
        return new Result<>(out, a.status(), null);
    }

    /** Top-level genre names of the catalogue, for the cold-start picker. */
    public Result<List<String>> topGenres() {
        LoopbackApi.Answer a = api.get("api/genres");
        if (!a.ok()) {
            return failed(a, "the genres");
        }
        List<String> names = objects(a.object(), "genres").stream().map(g -> Item.text(g, "title")).filter(s -> !s.isEmpty()).sorted().toList();
        return new Result<>(names, a.status(), null);
    }

    private Result<Recommendations> recommendationsFrom(LoopbackApi.Answer a, String what) {
        if (!a.ok()) {
            return failed(a, what);
        }
        JsonObject o = a.object();
        Integer version = o.get("modelVersion") instanceof JsonNumber v ? v.intValue() : null;
        boolean known = o.get("knownUser") == JsonValue.TRUE;
        return new Result<>(new Recommendations(o.get("userId") instanceof JsonString s ? s.getString() : null, version,
                Item.text(o, "strategy"), known, objects(o, "items").stream().map(Item::of).toList()), a.status(), null);
    }

    private static <T> Result<T> failed(LoopbackApi.Answer a, String what) {
        String why;
        if (a.status() == 0) {
            why = "the server did not answer (" + a.problem() + ")";
        } else if (a.status() == 503) {
            why = "a service it needs is down: " + a.reason();
        } else if (a.status() == 404 && (!(a.body() instanceof JsonObject o) || o.getString("detail", "HTTP 404").startsWith("HTTP 404"))) {
            // a route nobody serves: JAX-RS's own 404 (no detail of the application's)
            why = "this server has no such endpoint yet";
        } else {
            why = a.reason();
        }
        return new Result<>(null, a.status(), "Could not get " + what + ": " + why + ".");
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        if (!(o.get(key) instanceof jakarta.json.JsonArray arr)) {
            return List.of();
        }
        return arr.stream().filter(v -> v instanceof JsonObject).map(v -> (JsonObject) v).toList();
    }

    private static long count(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.longValue() : 0;
    }

    private static int clamp(int n) {
        return Math.max(1, Math.min(MAX_N, n));
    }

    private static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}

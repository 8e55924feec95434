package org.musicrec.it;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;

/**
 * A small catalogue with a known taste structure, written straight into MongoDB in the shapes the
 * application stores: two genre families ("IT Rock" with its sub-genre "IT Garage", and "IT Jazz"),
 * tracks whose PCA coordinates cluster by family, and listeners who mostly play one of six taste
 * clusters (each within one genre) with long-tailed track popularity. ALS should learn the
 * clusters; popularity cannot.
 */
final class TasteFixture {
    static final int ROCK = 90001;
    static final int GARAGE = 90002;
    static final int JAZZ = 90003;
    static final long FIRST_TRACK = 9_000_000L;

    final int tracks;
    final int users;

    TasteFixture(int tracks, int users) {
        this.tracks = tracks;
        this.users = users;
    }

    static String user(int u) {
        return "it-user-" + u;
    }

    static String track(int t) {
        return Long.toString(FIRST_TRACK + t);
    }

    /** Six taste clusters; each listener mostly plays one. */
    static int cluster(int t) {
        return t % 6;
    }

    /** 0 rock, 1 garage (a rock sub-genre), 2 jazz: a cluster lies within one genre. */
    static int kind(int t) {
        return cluster(t) % 3;
    }

    /** Whether user u's cluster is in the rock family. */
    static boolean rockUser(int u) {
        return (u % 6) % 3 != 2;
    }

    static boolean rockFamily(String trackId) {
        return kind((int) (Long.parseLong(trackId) - FIRST_TRACK)) != 2;
    }

    /** The track no listener has played (id {@code FIRST_TRACK + tracks}). */
    String unplayed() {
        return Long.toString(FIRST_TRACK + tracks);
    }

    /** Writes genres, tracks and interactions; returns each user's tracks (index = user). */
    List<List<Integer>> write(MongoDatabase db, long seed) {
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        db.getCollection("genres").replaceOne(Filters.eq("_id", ROCK), new Document("_id", ROCK).append("title", "IT Rock").append("topLevelId", ROCK), upsert);
        db.getCollection("genres").replaceOne(Filters.eq("_id", GARAGE), new Document("_id", GARAGE).append("title", "IT Garage")
                .append("parentId", ROCK).append("topLevelId", ROCK), upsert);
        db.getCollection("genres").replaceOne(Filters.eq("_id", JAZZ), new Document("_id", JAZZ).append("title", "IT Jazz").append("topLevelId", JAZZ), upsert);
        Random r = new Random(seed);
        for (int t = 0; t < tracks; t++) {
            int k = kind(t);
            List<Integer> genres = List.of(k == 0 ? ROCK : k == 1 ? GARAGE : JAZZ);
            List<Integer> all = k == 0 ? List.of(ROCK) : k == 1 ? List.of(ROCK, GARAGE) : List.of(JAZZ);
            double cx = k == 2 ? -5 : 5;
            List<Double> pca = List.of(cx + r.nextGaussian(), r.nextGaussian(), r.nextGaussian());
            db.getCollection("tracks").replaceOne(Filters.eq("_id", FIRST_TRACK + t), new Document("_id", FIRST_TRACK + t)
                    .append("title", "IT <b>track</b> " + t).append("artistName", "IT artist " + (t % 17)).append("albumTitle", "IT album " + (t % 29))
                    .append("genres", genres).append("genresAll", all).append("topGenre", k == 2 ? "IT Jazz" : "IT Rock")
                    .append("pcaCoordinates", pca).append("listens", (long) (1000 / (1 + t))), upsert);
        }
        // One jazz track nobody has played, next to track 2 in the audio space: only audio similarity can find it.
        Document near = db.getCollection("tracks").find(Filters.eq("_id", FIRST_TRACK + 2)).first();
        db.getCollection("tracks").replaceOne(Filters.eq("_id", FIRST_TRACK + tracks), new Document("_id", FIRST_TRACK + tracks)
                .append("title", "IT unplayed jazz").append("artistName", "IT nobody").append("genres", List.of(JAZZ))
                .append("genresAll", List.of(JAZZ)).append("topGenre", "IT Jazz")
                .append("pcaCoordinates", near.getList("pcaCoordinates", Double.class)).append("listens", 0L), upsert);
        List<List<Integer>> byUser = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int taste = u % 6;
            List<Integer> mine = new ArrayList<>();
            while (mine.size() < 14) {
                boolean fromCluster = mine.size() < 12;
                int t = zipf(r, tracks);
                if ((cluster(t) == taste) == fromCluster && !mine.contains(t)) {
                    mine.add(t);
                }
            }
            byUser.add(mine);
            for (int t : mine) {
                long plays = 1 + r.nextInt(20);
                docs.add(new Document("_id", user(u) + "|" + track(t)).append("userId", user(u)).append("trackId", track(t))
                        .append("plays", plays).append("skips", 0L).append("completes", 0L).append("likes", 0L).append("dislikes", 0L)
                        .append("score", plays).append("events", 1L).append("msPlayed", 0L)
                        .append("firstAt", new Date(1_700_000_000_000L)).append("lastAt", new Date(1_700_000_000_000L)));
            }
        }
        java.util.Map<String, java.util.List<String>> lists = new java.util.LinkedHashMap<>();
        for (Document d : docs) {
            db.getCollection("interactions").replaceOne(Filters.eq("_id", d.get("_id")), d, upsert);
            lists.computeIfAbsent(d.getString("userId"), k -> new java.util.ArrayList<>()).add(d.getString("trackId"));
        }
        // Written around the store, so its per-user track lists too (as the store's contract asks).
        new org.musicrec.events.mongo.MongoInteractionStore(db, "fixture").recordUserTracks(lists);
        return byUser;
    }

    /** Long-tailed popularity: index t with weight about 1 / (t + 80). */
    private static int zipf(Random r, int n) {
        double total = 0;
        for (int t = 0; t < n; t++) {
            total += 1.0 / (t + 80);
        }
        double x = r.nextDouble() * total;
        for (int t = 0; t < n; t++) {
            x -= 1.0 / (t + 80);
            if (x <= 0) {
                return t;
            }
        }
        return n - 1;
    }
}

package org.musicrec.recommend.serving;

import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * The catalogue as serving needs it, in memory: every track's display fields, genres and PCA
 * coordinates, and the genre names, so that answering a request reads no database. Loaded on first
 * use; every {@code musicrec.serving.catalog-refresh-seconds} a cheap check (track count, active PCA
 * model) decides in the background whether to reload (requests keep the previous snapshot
 * meanwhile); edits in place are picked up after {@code musicrec.serving.catalog-max-age-seconds},
 * and everything at once after a model is activated.
 */
@ApplicationScoped
public class CatalogView {
    private static final Logger LOG = Logger.getLogger(CatalogView.class.getName());

    /** One immutable view of the catalogue. */
    public record Snapshot(Map<String, TrackInfo> tracks, Map<Integer, String> genreTitles, Map<String, Integer> genreIds,
                           List<TrackInfo> withAudio, long loadedAtMillis) {
        public TrackInfo track(String id) {
            TrackInfo t = tracks.get(id);
            return t != null ? t : TrackInfo.unknown(id);
        }

        /** A genre given by id or by title (case-insensitive); empty when unknown. */
        public Optional<Integer> genre(String idOrTitle) {
            String s = idOrTitle.trim();
            if (s.matches("\\d{1,9}")) {
                Integer id = Integer.valueOf(s);
                return genreTitles.containsKey(id) ? Optional.of(id) : Optional.empty();
            }
            return Optional.ofNullable(genreIds.get(s.toLowerCase(Locale.ROOT)));
        }
    }

    @Inject
    MongoClientHolder mongo;

    @Inject
    @ConfigProperty(name = "musicrec.serving.catalog-refresh-seconds", defaultValue = "60")
    long refreshSeconds;

    @Inject
    @ConfigProperty(name = "musicrec.serving.catalog-max-age-seconds", defaultValue = "1800")
    long maxAgeSeconds;

    private volatile Snapshot snapshot;
    private volatile String signature = "";
    private volatile long lastCheck;
    private final AtomicBoolean reloading = new AtomicBoolean();

    public Snapshot get() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                return snapshot;
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck > refreshSeconds * 1000 && reloading.compareAndSet(false, true)) {
            lastCheck = now;
            Thread t = new Thread(() -> {
                try {
                    // A reload reads every track: do it only when the catalogue or the audio model
                    // changed, or when the snapshot is older than the maximum age (edits in place).
                    String sig = signature();
                    if (!sig.equals(signature) || now - s.loadedAtMillis() > maxAgeSeconds * 1000) {
                        snapshot = load();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "catalogue reload failed; serving the previous snapshot", e);
                } finally {
                    reloading.set(false);
                }
            }, "catalog-view-reload");
            t.setDaemon(true);
            t.start();
        }
        return s;
    }

    /** Reloads now (after an import or a model activation). */
    public void refresh() {
        snapshot = load();
    }

    /** Changes when tracks are added or removed or a new PCA model is fitted; cheap (no scan). */
    private String signature() {
        var db = mongo.database();
        Document pca = db.getCollection("pca_models").find(new Document("active", true)).projection(Projections.include("_id")).first();
        return db.getCollection("tracks").estimatedDocumentCount() + "/" + (pca == null ? "" : pca.get("_id"));
    }

    Snapshot load() {
        String sig = signature();
        Map<Integer, String> titles = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Document g : mongo.database().getCollection("genres").find().projection(Projections.include("title"))) {
            if (g.get("_id") instanceof Number n && g.getString("title") != null) {
                titles.put(n.intValue(), g.getString("title"));
                ids.putIfAbsent(g.getString("title").toLowerCase(Locale.ROOT), n.intValue());
            }
        }
        Map<String, TrackInfo> tracks = new HashMap<>();
        List<TrackInfo> withAudio = new ArrayList<>();
        for (Document d : mongo.database().getCollection("tracks").find().projection(Projections.include(
                "title", "artistName", "albumTitle", "genres", "genresAll", "topGenre", "pcaCoordinates", "listens", "placeholder"))) {
            Object rawId = d.get("_id");
            String id = rawId instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(rawId);
            List<String> genreNames = new ArrayList<>();
            for (Object g : list(d.get("genres"))) {
                if (g instanceof Number n && titles.containsKey(n.intValue())) {
                    genreNames.add(titles.get(n.intValue()));
                }
            }
            Set<Integer> all = new HashSet<>();
            for (Object g : list(d.get("genresAll"))) {
                if (g instanceof Number n) {
                    all.add(n.intValue());
                }
            }
            float[] pca = null;
            List<?> coords = list(d.get("pcaCoordinates"));
            if (!coords.isEmpty()) {
                pca = new float[coords.size()];
                for (int i = 0; i < pca.length; i++) {
                    pca[i] = ((Number) coords.get(i)).floatValue();
                }
            }
            TrackInfo t = new TrackInfo(id, d.getString("title"), d.getString("artistName"), d.getString("albumTitle"),
                    List.copyOf(genreNames), Set.copyOf(all), d.getString("topGenre"), pca,
                    d.get("listens") instanceof Number n ? n.longValue() : 0, Boolean.TRUE.equals(d.getBoolean("placeholder")));
            tracks.put(id, t);
            if (pca != null) {
                withAudio.add(t);
            }
        }
        signature = sig;
        return new Snapshot(Map.copyOf(tracks), Map.copyOf(titles), Map.copyOf(ids), List.copyOf(withAudio), System.currentTimeMillis());
    }

    private static List<?> list(Object o) {
        return o instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
    }
}

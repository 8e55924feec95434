package org.musicrec.catalog.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.catalog.SearchKeys;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * The catalogue's read queries that JNoSQL's query API does not express well (a counted, paged
 * search with a regular expression over the search key; the whole genre tree, cached). The text is quoted
 * before it becomes a pattern, so user input is never interpreted as a regular expression.
 * Sub-genres: FMA's {@code genresAll} lists a track's genres with all their ancestors, so a
 * match on it includes every track of the genre's subtree.
 */
@ApplicationScoped
public class CatalogQueries {

    @Inject
    MongoClientHolder mongo;

    /** How often the genre tree's cache looks for a catalogue change (two counts from collection metadata); 0: on every request. */
    @Inject
    @ConfigProperty(name = "musicrec.catalog.genre-tree.check-seconds", defaultValue = "0")
    long genreTreeCheckSeconds;

    /** Longest the genre tree's counts are kept without a visible change (edits in place). */
    @Inject
    @ConfigProperty(name = "musicrec.catalog.genre-tree.max-age-seconds", defaultValue = "1800")
    long genreTreeMaxAgeSeconds;

    LongSupplier clock = System::nanoTime;
    private GenreTreeCache<GenreTree> genreTree;

    @PostConstruct
    void init() {
        genreTree = new GenreTreeCache<>(this::catalogSignature, this::computeGenreTree,
                TimeUnit.SECONDS.toNanos(genreTreeCheckSeconds), TimeUnit.SECONDS.toNanos(genreTreeMaxAgeSeconds), clock);
    }

    public TrackPage search(TrackSearch s) {
        MongoCollection<Document> tracks = mongo.database().getCollection("tracks");
        List<Bson> filters = new ArrayList<>();
        if (s.text() != null && !s.text().isBlank()) {
            filters.add(Filters.regex("searchKey", Pattern.quote(SearchKeys.normalize(s.text()))));
        }
        if (s.genre() != null) {
            filters.add(Filters.eq("genresAll", s.genre()));
        }
        if (s.artist() != null) {
            filters.add(Filters.eq("artistId", s.artist()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = tracks.countDocuments(filter);
        List<TrackPage.TrackSummary> items = new ArrayList<>();
        for (Document d : tracks.find(filter).sort(Sorts.ascending("_id")).skip(s.page() * s.size()).limit(s.size())) {
            items.add(summary(d));
        }
        return new TrackPage(total, s.page(), s.size(), items);
    }

    static TrackPage.TrackSummary summary(Document d) {
        Object id = d.get("_id") instanceof Number n ? (Object) n.longValue() : String.valueOf(d.get("_id"));
        List<Integer> genres = new ArrayList<>();
        if (d.get("genres") instanceof List<?> l) {
            l.forEach(g -> genres.add(((Number) g).intValue()));
        }
        return new TrackPage.TrackSummary(id, d.getString("title"), d.getString("artistName"), d.getString("albumTitle"),
                d.getString("topGenre"), d.get("artistId") instanceof Number n ? n.longValue() : null,
                d.get("albumId") instanceof Number n ? n.longValue() : null,
                d.get("duration") instanceof Number n ? n.intValue() : null, genres,
                Boolean.TRUE.equals(d.getBoolean("placeholder")));
    }

    /** Roots with nested children; each genre with its FMA track count and the tracks stored here (cached, see {@link GenreTreeCache}). */
    public GenreTree genreTree() {
        return genreTree.get();
    }

    /** Changes when tracks or genres are added or removed; no scan (collection metadata). */
    private String catalogSignature() {
        var db = mongo.database();
        return db.getCollection("tracks").estimatedDocumentCount() + "/" + db.getCollection("genres").estimatedDocumentCount();
    }

    private GenreTree computeGenreTree() {
        MongoCollection<Document> genres = mongo.database().getCollection("genres");
        Map<Integer, List<Document>> children = new HashMap<>();
        List<Document> roots = new ArrayList<>();
        for (Document g : genres.find().sort(Sorts.ascending("_id"))) {
            Object parent = g.get("parentId");
            if (parent instanceof Number n && n.intValue() != 0 && !n.equals(g.get("_id"))) {
                children.computeIfAbsent(n.intValue(), k -> new ArrayList<>()).add(g);
            } else {
                roots.add(g);
            }
        }
        Map<Integer, Long> stored = new HashMap<>();
        for (Document c : mongo.database().getCollection("tracks").aggregate(List.of(
                new Document("$unwind", "$genresAll"),
                new Document("$group", new Document("_id", "$genresAll").append("n", new Document("$sum", 1)))))) {
            if (c.get("_id") instanceof Number id) {
                stored.put(id.intValue(), ((Number) c.get("n")).longValue());
            }
        }
        return new GenreTree(roots.stream().map(r -> node(r, children, stored, 0)).toList());
    }

    private static GenreTree.Node node(Document g, Map<Integer, List<Document>> children, Map<Integer, Long> stored, int depth) {
        int id = ((Number) g.get("_id")).intValue();
        List<GenreTree.Node> kids = new ArrayList<>();
        if (depth < 16) { // FMA's tree is 5 deep; the bound guards against a cycle in bad data
            children.getOrDefault(id, List.of()).forEach(c -> kids.add(node(c, children, stored, depth + 1)));
        }
        return new GenreTree.Node(id, g.getString("title"), g.get("trackCount") instanceof Number n ? n.longValue() : null,
                stored.getOrDefault(id, 0L), kids);
    }
}

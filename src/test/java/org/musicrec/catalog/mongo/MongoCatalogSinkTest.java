package org.musicrec.catalog.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.SearchKeys;
import org.musicrec.catalog.fma.CatalogImporter;
import org.musicrec.tools.generate.FmaMetadataGenerator;
import org.musicrec.catalog.fma.FmaSource;
import org.musicrec.catalog.fma.ImportOptions;
import org.musicrec.catalog.fma.ImportReport;

/** The Mongo sink through the real driver against an in-process mongo-java-server. */
class MongoCatalogSinkTest {
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        db = client.getDatabase("musicrec");
        CatalogIndexes.ensure(db);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private ImportReport importInto(Path dir, String job) throws Exception {
        try (FmaSource source = FmaSource.open(dir)) {
            return new CatalogImporter(new MongoCatalogSink(db, job), ImportOptions.DEFAULT.withBatchSize(64), n -> { })
                    .importAll(source);
        }
    }

    private long count(CatalogKind kind) {
        return db.getCollection(kind.collection()).countDocuments();
    }

    @Test
    void importStoresEveryKindAndRecordsProblemsWithTheirLines(@TempDir Path dir) throws Exception {
        FmaMetadataGenerator.Summary s = new FmaMetadataGenerator(
                FmaMetadataGenerator.Settings.scaled(300, 21).withMalformedTracks(4)).write(dir);
        ImportReport report = importInto(dir, "job-1");
        assertEquals(296, count(CatalogKind.TRACKS));
        assertEquals(s.albums(), count(CatalogKind.ALBUMS));
        assertEquals(s.artists(), count(CatalogKind.ARTISTS));
        assertEquals(163, count(CatalogKind.GENRES));
        assertEquals(report.loaded(CatalogKind.TRACKS), count(CatalogKind.TRACKS));

        List<Document> problems = db.getCollection(MongoCatalogSink.PROBLEMS).find(Filters.eq("job", "job-1"))
                .into(new ArrayList<>());
        assertEquals(4, problems.size());
        List<Long> reported = report.problems().stream().map(ImportReport.Problem::line).toList();
        for (Document p : problems) {
            assertEquals("tracks.csv", p.getString("file"));
            assertTrue(reported.contains(p.getLong("line")));
            assertTrue(p.getString("reason").startsWith("track."), p.getString("reason"));
            assertTrue(p.get("at") instanceof java.util.Date);
        }

        Document track = db.getCollection("tracks").find().first();
        assertTrue(track.get("_id") instanceof Long);
        assertTrue(track.getList("genresAll", Integer.class).containsAll(track.getList("genres", Integer.class)));
        assertNull(track.get("audioPath"), "nulls are not stored");
        assertEquals(false, track.getBoolean("placeholder"));
    }

    @Test
    void reimportUpdatesInPlaceAndKeepsWhatLaterStagesAdded(@TempDir Path dir) throws Exception {
        new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(200, 4)).write(dir);
        importInto(dir, "first");
        long tracks = count(CatalogKind.TRACKS);
        Document some = db.getCollection("tracks").find().first();
        db.getCollection("tracks").updateOne(Filters.eq("_id", some.get("_id")),
                Updates.combine(Updates.set("audioPath", "000/000002.mp3"), Updates.set("features", List.of(0.5, 1.5)),
                        Updates.set("title", "edited by hand")));

        ImportReport again = importInto(dir, "second");
        assertEquals(200, again.loaded(CatalogKind.TRACKS));
        assertEquals(tracks, count(CatalogKind.TRACKS), "no duplicates");
        assertEquals(163, count(CatalogKind.GENRES));
        Document after = db.getCollection("tracks").find(Filters.eq("_id", some.get("_id"))).first();
        assertEquals(some.getString("title"), after.getString("title"), "catalogue fields are refreshed");
        assertEquals("000/000002.mp3", after.getString("audioPath"), "other stages' fields survive");
        assertEquals(List.of(0.5, 1.5), after.getList("features", Double.class));
    }

    @Test
    void aBatchMixingNewExistingAndRepeatedIdsMergesPerId() {
        MongoCatalogSink sink = new MongoCatalogSink(db, "mixed");
        sink.upsertArtists(List.of(artist(1L, "One", null), artist(2L, "Two", "Paris")));
        sink.upsertArtists(List.of(artist(2L, null, "Lyon"), artist(3L, "Three", null), artist(3L, null, "Oslo"),
                artist(1L, "Uno", null)));
        var artists = db.getCollection("artists");
        assertEquals(3, artists.countDocuments());
        assertEquals("Uno", artists.find(Filters.eq("_id", 1L)).first().getString("name"));
        Document two = artists.find(Filters.eq("_id", 2L)).first();
        assertEquals("Two", two.getString("name"), "a null field does not erase");
        assertEquals("Lyon", two.getString("location"));
        Document three = artists.find(Filters.eq("_id", 3L)).first();
        assertEquals("Three", three.getString("name"));
        assertEquals("Oslo", three.getString("location"));
    }

    private static org.musicrec.catalog.Artist artist(long id, String name, String location) {
        org.musicrec.catalog.Artist a = new org.musicrec.catalog.Artist();
        a.setId(id);
        a.setName(name);
        a.setLocation(location);
        return a;
    }

    @Test
    void theApiLookupsWorkOnTheStoredShape(@TempDir Path dir) throws Exception {
        new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(300, 8)).write(dir);
        importInto(dir, "lookups");
        var tracks = db.getCollection("tracks");
        Document any = tracks.find(Filters.exists("artistName")).first();
        String prefix = SearchKeys.normalize(any.getString("title")).substring(0, 3);
        long byPrefix = tracks.countDocuments(Filters.regex("searchKey", "^" + Pattern.quote(prefix)));
        // The seeded set (300 tracks, seed 8) starts with "Glass Machine" by artist 1: 17 stored titles
        // begin with "gla" and artist 1 has 5 tracks. The prefix query must find exactly what a scan finds.
        assertEquals("gla", prefix);
        assertEquals(17, byPrefix);
        long scanned = 0;
        for (Document t : tracks.find()) {
            scanned += SearchKeys.normalize(t.getString("title")).startsWith(prefix) ? 1 : 0;
        }
        assertEquals(scanned, byPrefix, "the regex on searchKey against a scan of the titles");
        int root = 38;
        long underRoot = tracks.countDocuments(Filters.eq("genresAll", root));
        Document experimental = db.getCollection("genres").find(Filters.eq("_id", root)).first();
        assertEquals(experimental.getInteger("trackCount").longValue(), underRoot);
        Long artistId = any.getLong("artistId");
        assertEquals(1L, artistId);
        assertEquals(5, tracks.countDocuments(Filters.eq("artistId", artistId)));
        assertTrue(db.getCollection("artists").countDocuments(Filters.eq("_id", artistId)) == 1);
        List<String> indexed = new ArrayList<>();
        tracks.listIndexes().forEach(i -> indexed.add(((Document) i.get("key")).keySet().iterator().next()));
        assertTrue(indexed.containsAll(List.of("searchKey", "genres", "genresAll", "artistId", "albumId")), indexed.toString());
    }
}

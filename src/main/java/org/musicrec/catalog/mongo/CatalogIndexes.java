package org.musicrec.catalog.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.musicrec.catalog.CatalogKind;

/**
 * The indexes behind the catalogue API's lookups: search by {@code searchKey} (a prefix regex
 * can use it; no {@code $text}, see {@link org.musicrec.platform.mongo}), genre filters on
 * {@code genresAll}, and the artist/album pages. Idempotent: creating an existing index is a no-op.
 */
public final class CatalogIndexes {
    private CatalogIndexes() {
    }

    public static void ensure(MongoDatabase db) {
        var tracks = db.getCollection(CatalogKind.TRACKS.collection());
        tracks.createIndex(Indexes.ascending("searchKey"));
        tracks.createIndex(Indexes.ascending("genres"));
        tracks.createIndex(Indexes.ascending("genresAll"));
        tracks.createIndex(Indexes.ascending("artistId"));
        tracks.createIndex(Indexes.ascending("albumId"));
        db.getCollection(CatalogKind.ALBUMS.collection()).createIndex(Indexes.ascending("artistId"));
        db.getCollection(CatalogKind.ARTISTS.collection()).createIndex(Indexes.ascending("searchKey"));
        db.getCollection(CatalogKind.GENRES.collection()).createIndex(Indexes.ascending("parentId"));
        db.getCollection(MongoCatalogSink.PROBLEMS).createIndex(Indexes.ascending("job"));
    }
}

package org.musicrec.catalog.mongo;

import org.bson.Document;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.Track;

/**
 * Entities as the BSON documents Eclipse JNoSQL would store for them: {@code _id} for the
 * {@code @Id}, the {@code @Column} names, the same Java value types, and null fields left out
 * (as JNoSQL does). Written by hand because a reflective mapper costs more than the parse on a
 * 100K-row import; {@code CatalogDocumentsTest} holds the two in step.
 */
public final class CatalogDocuments {
    public static final String ID = "_id";

    private CatalogDocuments() {
    }

    public static Document genre(Genre g) {
        Document d = new Document(ID, g.getId());
        put(d, "title", g.getTitle());
        put(d, "parentId", g.getParentId());
        put(d, "topLevelId", g.getTopLevelId());
        put(d, "trackCount", g.getTrackCount());
        put(d, "handle", g.getHandle());
        put(d, "color", g.getColor());
        return d;
    }

    public static Document artist(Artist a) {
        Document d = new Document(ID, a.getId());
        put(d, "name", a.getName());
        put(d, "location", a.getLocation());
        put(d, "latitude", a.getLatitude());
        put(d, "longitude", a.getLongitude());
        put(d, "activeYearBegin", a.getActiveYearBegin());
        put(d, "activeYearEnd", a.getActiveYearEnd());
        put(d, "website", a.getWebsite());
        put(d, "bio", a.getBio());
        put(d, "dateCreated", a.getDateCreated());
        put(d, "favorites", a.getFavorites());
        put(d, "tags", a.getTags());
        put(d, "searchKey", a.getSearchKey());
        return d;
    }

    public static Document album(Album a) {
        Document d = new Document(ID, a.getId());
        put(d, "title", a.getTitle());
        put(d, "artistId", a.getArtistId());
        put(d, "artistName", a.getArtistName());
        put(d, "type", a.getType());
        put(d, "trackCount", a.getTrackCount());
        put(d, "dateReleased", a.getDateReleased());
        put(d, "dateCreated", a.getDateCreated());
        put(d, "listens", a.getListens());
        put(d, "favorites", a.getFavorites());
        put(d, "tags", a.getTags());
        return d;
    }

    public static Document track(Track t) {
        Document d = new Document(ID, t.getId());
        put(d, "title", t.getTitle());
        put(d, "artistId", t.getArtistId());
        put(d, "artistName", t.getArtistName());
        put(d, "albumId", t.getAlbumId());
        put(d, "albumTitle", t.getAlbumTitle());
        put(d, "genres", t.getGenres());
        put(d, "genresAll", t.getGenresAll());
        put(d, "topGenre", t.getTopGenre());
        put(d, "duration", t.getDuration());
        put(d, "listens", t.getListens());
        put(d, "favorites", t.getFavorites());
        put(d, "interest", t.getInterest());
        put(d, "dateCreated", t.getDateCreated());
        put(d, "license", t.getLicense());
        put(d, "bitRate", t.getBitRate());
        put(d, "trackNumber", t.getTrackNumber());
        put(d, "languageCode", t.getLanguageCode());
        put(d, "tags", t.getTags());
        put(d, "subset", t.getSubset());
        put(d, "split", t.getSplit());
        put(d, "searchKey", t.getSearchKey());
        put(d, "audioPath", t.getAudioPath());
        d.put("placeholder", t.isPlaceholder());
        put(d, "features", t.getFeatures());
        put(d, "pcaCoordinates", t.getPcaCoordinates());
        return d;
    }

    private static void put(Document d, String name, Object value) {
        if (value != null) {
            d.put(name, value);
        }
    }
}

package org.musicrec.catalog.fma;

import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.SearchKeys;

/**
 * Row-to-entity conversions for genres, artists and albums. The raw files and tracks.csv name
 * the same fields {@code artist_location} and {@code artist.location}, so one method serves both
 * given the column prefix.
 */
final class EntityRows {
    private EntityRows() {
    }

    /** genres.csv: genre_id, #tracks, parent (0 = root), title, top_level. */
    static Genre genre(CsvRow row) throws MalformedRowException {
        Genre g = new Genre();
        g.setId(positiveInt(row, "genre_id"));
        g.setTitle(row.requiredText("title"));
        g.setParentId(rootAsNull(row.intValue("parent")));
        g.setTopLevelId(row.intValue("top_level"));
        g.setTrackCount(row.intValue("#tracks"));
        return g;
    }

    /** raw_genres.csv: genre_id, genre_color, genre_handle, genre_parent_id (empty = root), genre_title. */
    static Genre rawGenre(CsvRow row) throws MalformedRowException {
        Genre g = new Genre();
        g.setId(positiveInt(row, "genre_id"));
        g.setTitle(row.requiredText("genre_title"));
        g.setParentId(rootAsNull(row.intValue("genre_parent_id")));
        g.setHandle(row.text("genre_handle"));
        g.setColor(row.text("genre_color"));
        return g;
    }

    /** @param p {@code "artist_"} (raw_artists.csv) or {@code "artist."} (tracks.csv) */
    static Artist artist(CsvRow row, String p, String tagsColumn) throws MalformedRowException {
        Artist a = new Artist();
        a.setId(positiveLong(row, p + "id"));
        a.setName(row.text(p + "name"));
        a.setLocation(row.text(p + "location"));
        a.setLatitude(row.doubleValue(p + "latitude"));
        a.setLongitude(row.doubleValue(p + "longitude"));
        a.setActiveYearBegin(row.year(p + "active_year_begin"));
        a.setActiveYearEnd(row.year(p + "active_year_end"));
        a.setWebsite(row.text(p + "website"));
        a.setBio(row.text(p + "bio"));
        a.setDateCreated(row.dateTime(p + "date_created"));
        a.setFavorites(row.intValue(p + "favorites"));
        a.setTags(row.stringList(tagsColumn));
        a.setSearchKey(SearchKeys.of(a.getName()));
        return a;
    }

    /** @param p {@code "album_"} (raw_albums.csv) or {@code "album."} (tracks.csv) */
    static Album album(CsvRow row, String p, String artistPrefix, String tagsColumn) throws MalformedRowException {
        Album a = new Album();
        a.setId(positiveLong(row, p + "id"));
        a.setTitle(row.text(p + "title"));
        a.setArtistId(optionalId(row, artistPrefix + "id"));
        a.setArtistName(row.text(artistPrefix + "name"));
        a.setType(row.text(p + "type"));
        a.setTrackCount(row.intValue(p + "tracks"));
        a.setDateReleased(row.dateTime(p + "date_released"));
        a.setDateCreated(row.dateTime(p + "date_created"));
        a.setListens(row.intValue(p + "listens"));
        a.setFavorites(row.intValue(p + "favorites"));
        a.setTags(row.stringList(tagsColumn));
        return a;
    }

    static long positiveLong(CsvRow row, String column) throws MalformedRowException {
        long id = row.requiredLong(column);
        if (id <= 0) {
            throw row.malformed(column + ": id must be positive, was " + id);
        }
        return id;
    }

    static int positiveInt(CsvRow row, String column) throws MalformedRowException {
        long id = positiveLong(row, column);
        if (id > Integer.MAX_VALUE) {
            throw row.malformed(column + ": id out of range " + id);
        }
        return (int) id;
    }

    /** A reference that may be absent: empty, 0 or negative (pandas' -1) all mean none. */
    static Long optionalId(CsvRow row, String column) throws MalformedRowException {
        Long id = row.longValue(column);
        return id == null || id <= 0 ? null : id;
    }

    private static Integer rootAsNull(Integer parent) {
        return parent == null || parent == 0 ? null : parent;
    }
}

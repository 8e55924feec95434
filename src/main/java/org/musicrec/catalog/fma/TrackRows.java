package org.musicrec.catalog.fma;

import java.util.List;
import org.musicrec.catalog.SearchKeys;
import org.musicrec.catalog.Track;

/** Row-to-track conversions for tracks.csv (cleaned) and raw_tracks.csv. */
final class TrackRows {
    private TrackRows() {
    }

    static Track fromTracksCsv(CsvRow row) throws MalformedRowException {
        Track t = new Track();
        t.setId(EntityRows.positiveLong(row, "track_id"));
        t.setTitle(row.text("track.title"));
        t.setArtistId(EntityRows.optionalId(row, "artist.id"));
        t.setArtistName(row.text("artist.name"));
        t.setAlbumId(EntityRows.optionalId(row, "album.id"));
        t.setAlbumTitle(row.text("album.title"));
        t.setGenres(row.intList("track.genres"));
        t.setGenresAll(row.intList("track.genres_all"));
        t.setTopGenre(row.text("track.genre_top"));
        t.setDuration(row.durationSeconds("track.duration"));
        t.setListens(row.intValue("track.listens"));
        t.setFavorites(row.intValue("track.favorites"));
        t.setInterest(row.intValue("track.interest"));
        t.setDateCreated(row.dateTime("track.date_created"));
        t.setLicense(row.text("track.license"));
        t.setBitRate(row.intValue("track.bit_rate"));
        t.setTrackNumber(row.intValue("track.number"));
        t.setLanguageCode(row.text("track.language_code"));
        t.setTags(row.stringList("track.tags"));
        t.setSubset(row.text("set.subset"));
        t.setSplit(row.text("set.split"));
        t.setSearchKey(SearchKeys.of(t.getTitle(), t.getArtistName()));
        return t;
    }

    /** raw_tracks.csv has no genres_all nor top genre; those stay null (unset). */
    static Track fromRawTracks(CsvRow row) throws MalformedRowException {
        Track t = new Track();
        t.setId(EntityRows.positiveLong(row, "track_id"));
        t.setTitle(row.text("track_title"));
        t.setArtistId(EntityRows.optionalId(row, "artist_id"));
        t.setArtistName(row.text("artist_name"));
        t.setAlbumId(EntityRows.optionalId(row, "album_id"));
        t.setAlbumTitle(row.text("album_title"));
        // An empty cell is raw_tracks' way of writing no genres; tracks.csv writes [].
        List<Integer> genres = row.convert("track_genres", row.text("track_genres"), FmaValues::genreIdsOfObjects);
        t.setGenres(genres == null ? List.of() : genres);
        t.setDuration(row.durationSeconds("track_duration"));
        t.setListens(row.intValue("track_listens"));
        t.setFavorites(row.intValue("track_favorites"));
        t.setInterest(row.intValue("track_interest"));
        t.setDateCreated(row.dateTime("track_date_created"));
        t.setLicense(row.text("license_title"));
        t.setBitRate(row.intValue("track_bit_rate"));
        t.setTrackNumber(row.intValue("track_number"));
        t.setLanguageCode(row.text("track_language_code"));
        t.setTags(row.stringList("tags"));
        t.setSearchKey(SearchKeys.of(t.getTitle(), t.getArtistName()));
        return t;
    }
}

package org.musicrec.web.api;

import java.util.List;
import org.musicrec.catalog.Track;

/**
 * One track as the API shows it: FMA's metadata, its audio features and map coordinates. The
 * search key and the audio file's server path stay inside (the path would tell a stranger how the
 * server's disks are laid out).
 */
public record TrackDetails(Long id, String title, Long artistId, String artistName, Long albumId, String albumTitle,
                           List<Integer> genres, List<Integer> genresAll, String topGenre, Integer duration,
                           Integer listens, Integer favorites, Integer interest, String dateCreated, String license,
                           Integer bitRate, Integer trackNumber, String languageCode, List<String> tags, String subset,
                           String split, boolean placeholder, List<Double> features, List<Double> pcaCoordinates) {

    static TrackDetails of(Track t) {
        return new TrackDetails(t.getId(), t.getTitle(), t.getArtistId(), t.getArtistName(), t.getAlbumId(),
                t.getAlbumTitle(), t.getGenres(), t.getGenresAll(), t.getTopGenre(), t.getDuration(), t.getListens(),
                t.getFavorites(), t.getInterest(), t.getDateCreated(), t.getLicense(), t.getBitRate(), t.getTrackNumber(),
                t.getLanguageCode(), t.getTags(), t.getSubset(), t.getSplit(), t.isPlaceholder(), t.getFeatures(),
                t.getPcaCoordinates());
    }
}

package org.musicrec.recommend.serving;

import java.util.List;
import java.util.Set;

/**
 * What serving shows of a track and filters on: display fields, genre names, every genre id with its
 * ancestors (a genre filter includes sub-genres), the PCA coordinates (null without audio features),
 * the FMA listen count, and whether it is a placeholder for an id the catalogue does not know.
 */
public record TrackInfo(String trackId, String title, String artist, String album, List<String> genres,
                        Set<Integer> genresAll, String topGenre, float[] pca, long listens, boolean placeholder) {

    public static TrackInfo unknown(String trackId) {
        return new TrackInfo(trackId, null, null, null, List.of(), Set.of(), null, null, 0, true);
    }

    public boolean inGenre(Integer genreId) {
        return genreId == null || genresAll.contains(genreId);
    }
}

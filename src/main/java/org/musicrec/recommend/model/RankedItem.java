package org.musicrec.recommend.model;

/**
 * One recommended track with its score and what explains it: the user's track most like it
 * ({@code reasonTrackId}, "because you played X") or, for cold-start picks, the genre it is popular
 * in ({@code reasonGenre}); either may be null.
 */
public record RankedItem(String trackId, double score, String reasonTrackId, String reasonGenre) {
    public RankedItem(String trackId, double score, String reasonTrackId) {
        this(trackId, score, reasonTrackId, null);
    }
}

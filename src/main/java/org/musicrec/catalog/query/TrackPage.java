package org.musicrec.catalog.query;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a track search, with the total the search matched. */
@JsonbPropertyOrder({"total", "page", "size", "items"})
public record TrackPage(long total, int page, int size, List<TrackSummary> items) {

    /**
     * What a result line shows of a track. The id is a number for a catalogue track and text for a
     * placeholder made for a replayed item (e.g. "lastfm:51"); absent texts and ids are left out.
     */
    @JsonbPropertyOrder({"id", "title", "artistName", "albumTitle", "topGenre", "artistId", "albumId", "duration", "genres",
            "placeholder"})
    public record TrackSummary(Object id, String title, String artistName, String albumTitle, String topGenre, Long artistId,
                               Long albumId, Integer duration, List<Integer> genres, boolean placeholder) {
    }
}

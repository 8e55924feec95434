package org.musicrec.recommend.serving;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One track of a recommendation answer, with what the page shows of it and why it is there
 * ("because you played X", or the genre a cold-start pick is popular in). Title, artist and album
 * are null when the catalogue does not hold them; reason and placeholder are left out when absent.
 * Text is passed through as data; pages escape it when they show it.
 */
@JsonbPropertyOrder({"trackId", "title", "artist", "album", "genres", "score", "reason", "reasonTrackId", "placeholder"})
public record RecommendedItem(String trackId, @JsonbNillable String title, @JsonbNillable String artist,
                              @JsonbNillable String album, List<String> genres, double score, String reason,
                              String reasonTrackId, Boolean placeholder) {
}

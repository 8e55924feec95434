package org.musicrec.recommend.serving;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A listener's interactions, most recent first, and the genres they weigh most. */
@JsonbPropertyOrder({"userId", "interactions", "topGenres"})
public record ListenerProfile(String userId, List<Played> interactions, List<GenreWeight> topGenres) {

    /** One (listener, track) interaction; artist and lastAt are left out when unknown. */
    @JsonbPropertyOrder({"trackId", "title", "plays", "likes", "dislikes", "skips", "completes", "weight", "artist", "lastAt"})
    public record Played(String trackId, String title, long plays, long likes, long dislikes, long skips, long completes,
                         long weight, String artist, String lastAt) {
    }

    /** A genre and the summed weight of the listener's interactions with its tracks. */
    public record GenreWeight(String genre, double weight) {
    }
}

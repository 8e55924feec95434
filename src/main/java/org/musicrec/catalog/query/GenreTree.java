package org.musicrec.catalog.query;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The genre tree: roots with nested children, each with FMA's track count and the tracks stored here. */
public record GenreTree(List<Node> genres) {

    /** One genre; {@code fmaTrackCount} is left out when FMA gave none. */
    @JsonbPropertyOrder({"id", "title", "fmaTrackCount", "tracks", "children"})
    public record Node(int id, String title, Long fmaTrackCount, long tracks, List<Node> children) {
    }
}

package org.musicrec.web.ui.listener;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** A recommended or similar track as the serving API gives it; text is shown escaped by the page. */
public record Item(String trackId, String title, String artist, String album, List<String> genres, Double score, String reason) implements java.io.Serializable {

    static Item of(JsonObject o) {
        List<String> genres = o.get("genres") instanceof jakarta.json.JsonArray a
                ? a.stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList() : List.of();
        Double score = o.get("score") instanceof jakarta.json.JsonNumber n ? n.doubleValue() : null;
        return new Item(text(o, "trackId"), text(o, "title"), text(o, "artist"), text(o, "album"), genres, score, text(o, "reason"));
    }

    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? "" : v.toString();
    }

    public String getTrackId() {
        return trackId;
    }

    public String getTitle() {
        return title.isEmpty() ? "track " + trackId : title;
    }

    public String getArtist() {
        return artist;
    }

    public String getAlbum() {
        return album;
    }

    public String getGenre() {
        return String.join(" / ", genres);
    }

    public String getReason() {
        return reason;
    }
}

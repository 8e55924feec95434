package org.musicrec.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.musicrec.platform.json.JsonFactories;
import org.musicrec.recommend.model.RankedItem;
import org.musicrec.recommend.serving.CatalogView;
import org.musicrec.recommend.serving.Recommendations;
import org.musicrec.recommend.serving.TrackInfo;

/**
 * The item objects of every recommendation answer: track id, title, artist, album, genres, score
 * and the reason ("because you played X", or the genre a cold-start pick is popular in). Text is
 * passed through as data; pages escape it when they show it.
 */
@ApplicationScoped
public class RecommendationJson {
    /** {@code Json.create...} looks the provider up on every call (most of a request's time). */
    private static final JsonBuilderFactory JSON = JsonFactories.BUILDERS;

    @Inject
    CatalogView catalog;

    public JsonObject answer(Recommendations r) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (r.userId() == null) {
            b.addNull("userId");
        } else {
            b.add("userId", r.userId());
        }
        if (r.modelVersion() == null) {
            b.addNull("modelVersion");
        } else {
            b.add("modelVersion", r.modelVersion());
        }
        return b.add("strategy", r.strategy()).add("knownUser", r.knownUser()).add("items", items(r.items())).build();
    }

    public JsonArray items(List<RankedItem> items) {
        CatalogView.Snapshot cat = catalog.get();
        JsonArrayBuilder arr = JSON.createArrayBuilder();
        for (RankedItem i : items) {
            arr.add(item(cat, i));
        }
        return arr.build();
    }

    private static JsonObject item(CatalogView.Snapshot cat, RankedItem i) {
        TrackInfo t = cat.track(i.trackId());
        JsonObjectBuilder b = JSON.createObjectBuilder().add("trackId", i.trackId());
        text(b, "title", t.title() != null ? t.title() : i.trackId());
        text(b, "artist", t.artist());
        text(b, "album", t.album());
        JsonArrayBuilder genres = JSON.createArrayBuilder();
        t.genres().forEach(genres::add);
        b.add("genres", genres).add("score", Double.isFinite(i.score()) ? i.score() : 0);
        if (i.reasonTrackId() != null) {
            TrackInfo why = cat.track(i.reasonTrackId());
            b.add("reason", "because you played " + (why.title() != null ? why.title() : why.trackId()))
                    .add("reasonTrackId", i.reasonTrackId());
        } else if (i.reasonGenre() != null) {
            b.add("reason", "popular in " + i.reasonGenre());
        }
        if (t.placeholder()) {
            b.add("placeholder", true);
        }
        return b.build();
    }

    private static void text(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}

package org.musicrec.web.ui.admin;

import org.musicrec.platform.security.AdminOnly;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.web.ui.svg.BarChart;
import org.musicrec.web.ui.svg.ScatterPlot;

/**
 * Backs the Audio map: the tracks on the first two components of the active PCA model
 * ({@code pcaCoordinates}, written by fit-pca), coloured by top-level genre, the track named on
 * hover; and the share of variance each component explains ({@code pca_models}).
 */
@AdminOnly
@Named("audioMapView")
@RequestScoped
public class AudioMapView {

    /** Most points drawn: beyond this an SVG gets slow in the browser; the count drawn is said on the page. */
    static final int MAX_POINTS = 5000;

    @Inject
    MongoClientHolder mongo;

    private List<ScatterPlot.Point> points;
    private Document model;
    private String problem;

    private void load() {
        if (points != null) {
            return;
        }
        points = new ArrayList<>();
        try {
            MongoCollection<Document> models = mongo.database().getCollection("pca_models");
            model = models.find(Filters.eq("active", true)).sort(Sorts.descending("version")).first();
            for (Document t : mongo.database().getCollection("tracks").find(Filters.exists("pcaCoordinates.1"))
                    .projection(Projections.include("title", "artistName", "topGenre", "pcaCoordinates")).limit(MAX_POINTS)) {
                point(t).ifPresent(points::add);
            }
        } catch (RuntimeException e) {
            problem = "the store is unavailable: " + e.getClass().getSimpleName();
        }
    }

    static java.util.Optional<ScatterPlot.Point> point(Document t) {
        List<?> c = t.getList("pcaCoordinates", Object.class);
        if (c == null || c.size() < 2 || !(c.get(0) instanceof Number x) || !(c.get(1) instanceof Number y)) {
            return java.util.Optional.empty();
        }
        String genre = t.getString("topGenre");
        String label = (t.getString("title") == null ? "track " + t.get("_id") : t.getString("title"))
                + (t.getString("artistName") == null ? "" : " — " + t.getString("artistName"))
                + " (" + (genre == null ? "no genre" : genre) + ")";
        return java.util.Optional.of(new ScatterPlot.Point(x.doubleValue(), y.doubleValue(), label, genre == null ? "no genre" : genre));
    }

    public String getProblem() {
        load();
        return problem;
    }

    public int getCount() {
        load();
        return points.size();
    }

    public boolean isTruncated() {
        return getCount() >= MAX_POINTS;
    }

    public String getMap() {
        load();
        return ScatterPlot.svg("Tracks on the first two principal components", "PC1", "PC2", points);
    }

    public boolean isModelPresent() {
        load();
        return model != null;
    }

    public String getModelSummary() {
        load();
        if (model == null) {
            return "";
        }
        return String.format(Locale.ROOT, "PCA version %s, fitted %s on %s tracks", model.get("version"), model.get("fittedAt"),
                model.get("trackCount"));
    }

    public String getVariance() {
        load();
        List<Double> ratios = new ArrayList<>();
        if (model != null && model.getList("explainedRatio", Object.class) != null) {
            for (Object o : model.getList("explainedRatio", Object.class)) {
                ratios.add(o instanceof Number n ? n.doubleValue() : 0.0);
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            labels.add("PC" + (i + 1));
        }
        return BarChart.svg("Share of the variance explained per component", "component", labels, ratios);
    }
}

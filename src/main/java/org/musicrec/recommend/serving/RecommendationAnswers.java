package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.recommend.model.RankedItem;

/** Dresses ranked track ids with the catalogue's display fields and their reasons, for every answer that lists tracks. */
@ApplicationScoped
public class RecommendationAnswers {

    @Inject
    CatalogView catalog;

    public RecommendationAnswer answer(Recommendations r) {
        return new RecommendationAnswer(r.userId(), r.modelVersion(), r.strategy(), r.knownUser(), items(r.items()));
    }

    public List<RecommendedItem> items(List<RankedItem> items) {
        CatalogView.Snapshot cat = catalog.get();
        List<RecommendedItem> out = new ArrayList<>(items.size());
        for (RankedItem i : items) {
            out.add(item(cat, i));
        }
        return out;
    }

    static RecommendedItem item(CatalogView.Snapshot cat, RankedItem i) {
        TrackInfo t = cat.track(i.trackId());
        String reason = null;
        if (i.reasonTrackId() != null) {
            TrackInfo why = cat.track(i.reasonTrackId());
            reason = "because you played " + (why.title() != null ? why.title() : why.trackId());
        } else if (i.reasonGenre() != null) {
            reason = "popular in " + i.reasonGenre();
        }
        return new RecommendedItem(i.trackId(), t.title() != null ? t.title() : i.trackId(), t.artist(), t.album(),
                t.genres(), Double.isFinite(i.score()) ? i.score() : 0, reason,
                i.reasonTrackId() != null ? i.reasonTrackId() : null, t.placeholder() ? Boolean.TRUE : null);
    }
}

package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.musicrec.events.Interaction;

/** A listener's history as the page shows it: the latest interactions and the top genres over all of them. */
@ApplicationScoped
public class ListenerProfiles {
    static final int TOP_GENRES = 5;

    @Inject
    Recommender recommender;

    @Inject
    CatalogView catalog;

    public ListenerProfile of(String userId, int limit) {
        List<Interaction> all = new ArrayList<>(recommender.interactions(userId));
        all.sort(Comparator.comparing((Interaction i) -> i.lastAt() == null ? Instant.EPOCH : i.lastAt()).reversed());
        return profile(userId, all, catalog.get(), limit);
    }

    /** Genres weigh the whole history, not only the lines shown. */
    static ListenerProfile profile(String userId, List<Interaction> newestFirst, CatalogView.Snapshot cat, int limit) {
        Map<String, Double> genreWeight = new HashMap<>();
        List<ListenerProfile.Played> shown = new ArrayList<>();
        for (Interaction i : newestFirst) {
            TrackInfo t = cat.track(i.trackId());
            for (String g : t.genres()) {
                genreWeight.merge(g, (double) i.weight(), Double::sum);
            }
            if (shown.size() < limit) {
                shown.add(new ListenerProfile.Played(i.trackId(), t.title() != null ? t.title() : i.trackId(), i.plays(),
                        i.likes(), i.dislikes(), i.skips(), i.completes(), i.weight(), t.artist(),
                        i.lastAt() == null ? null : i.lastAt().toString()));
            }
        }
        List<ListenerProfile.GenreWeight> top = genreWeight.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_GENRES).map(e -> new ListenerProfile.GenreWeight(e.getKey(), e.getValue())).toList();
        return new ListenerProfile(userId, shown, top);
    }
}

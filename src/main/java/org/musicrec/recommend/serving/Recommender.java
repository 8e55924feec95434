package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.musicrec.events.Interaction;
import org.musicrec.events.ListeningHistory;
import org.musicrec.recommend.als.TopN;
import org.musicrec.recommend.model.ModelVersions;
import org.musicrec.recommend.model.RankedItem;
import org.musicrec.recommend.model.UserTopList;
import org.musicrec.recommend.rules.ListRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers "what next for this listener" from memory: the user's list under the active model
 * (precomputed at training, replaced by fold-in when their events arrive), filtered by genre (with
 * sub-genres) and topped up by scoring the catalogue on the fly when the filter leaves too few;
 * listeners the model cannot place get the cold-start blend; nobody known gets the popular tracks.
 */
@ApplicationScoped
public class Recommender {
    /** Fewer known tracks than this and a listener is served the cold-start blend instead of ALS. */
    static final int MIN_ITEMS_FOR_ALS = 3;
    /** Most of a listener's tracks considered as "because you played" reasons. */
    private static final int MAX_REASON_CANDIDATES = 200;
    public static final int MAX_N = 100;

    @Inject
    ActiveModel active;

    @Inject
    CatalogView catalog;

    @Inject
    ModelVersions models;

    @Inject
    ListenerHistories histories;

    @Inject
    ListeningHistory history;

    @Inject
    HiddenTracks hidden;

    /** Most tracks of one artist in any list (0: no limit). */
    @Inject
    @ConfigProperty(name = "musicrec.recommend.max-per-artist", defaultValue = "2")
    int maxPerArtist;

    /** Candidates drawn beyond n so that what the rules remove is replaced by the next ones. */
    private static final int RULES_SLACK = 50;

    public Optional<Integer> modelVersion() {
        ServingModel m = active.get().model;
        return m == null ? Optional.empty() : Optional.of(m.version);
    }

    public Recommendations forUser(String userId, int n, Integer genre) {
        return forUser(userId, n, genre, Set.of());
    }

    /**
     * The listener's list under the rules: {@code exclude} and hidden tracks left out, at most
     * {@link #maxPerArtist} per artist. Their dislikes are left out with every track they know.
     */
    public Recommendations forUser(String userId, int n, Integer genre, Set<String> exclude) {
        ActiveModel.Active a = active.get();
        UserEntry e = entry(a, userId);
        Integer version = a.model == null ? null : a.model.version;
        ListRules rules = rules(exclude, Set.of());
        if (e.strategy().equals("popular")) {
            return new Recommendations(userId, version, "popular", false, popular(a, n, genre, Set.of(), rules));
        }
        List<RankedItem> items = filter(e.items(), n, genre, rules);
        // Topped up only when the genre or the rules took tracks away: a short list is otherwise all there is.
        if (items.size() < n && e.vector() != null && a.model != null && (genre != null || items.size() < Math.min(n, e.items().size()))) {
            items = topUp(a, userId, e, items, n, genre, rules);
        }
        return new Recommendations(userId, version, e.strategy(), true, items);
    }

    private UserEntry entry(ActiveModel.Active a, String userId) {
        UserEntry e = a.answers.get(userId);
        if (e == null) {
            long since = a.answers.sequence();
            Optional<UserEntry> stored = a.answers.precomputedIsCurrent(userId) ? precomputed(a, userId) : Optional.empty();
            e = stored.orElseGet(() -> fromInteractions(a, userId, interactions(userId)));
            a.answers.keepUnlessRefreshedSince(userId, e, since);
        }
        return e;
    }

    /** The rules of one list: hidden tracks, {@code exclude} and {@code disliked} blocked, the artist limit. */
    ListRules rules(Set<String> exclude, Set<String> disliked) {
        CatalogView.Snapshot cat = catalog.get();
        return ListRules.of(hidden.ids(), exclude, disliked, maxPerArtist, id -> cat.track(id).artist());
    }

    /** Cold start for explicit picks (a new listener choosing genres or tracks). */
    public Recommendations coldStart(List<String> trackIds, List<Integer> genres, int n) {
        return coldStart(trackIds, genres, n, Set.of());
    }

    /** Cold start for explicit picks, leaving out {@code exclude} as well as hidden tracks. */
    public Recommendations coldStart(List<String> trackIds, List<Integer> genres, int n, Set<String> exclude) {
        ActiveModel.Active a = active.get();
        ListRules rules = rules(exclude, Set.of());
        List<RankedItem> items = rules.apply(blend(a, trackIds, genres, n + RULES_SLACK, new HashSet<>(trackIds), null),
                RankedItem::trackId, n);
        return new Recommendations(null, a.model == null ? null : a.model.version, "cold-start", false, items);
    }

    /**
     * Recomputes each user's entry from their interactions now (fold-in): from memory for those
     * {@link ListenerHistories} holds, one read for the others.
     */
    public List<Recommendations> refresh(java.util.Collection<String> userIds, int n) {
        Map<String, List<Interaction>> byUser = histories.of(userIds, history::ofUsers);
        List<Recommendations> out = new ArrayList<>(userIds.size());
        for (String user : userIds) {
            out.add(refresh(user, byUser.getOrDefault(user, List.of()), n));
        }
        return out;
    }

    /** Recomputes a user's entry from their interactions now (fold-in), stores it and returns it. */
    public Recommendations refresh(String userId, int n) {
        return refresh(userId, interactions(userId), n);
    }

    private Recommendations refresh(String userId, List<Interaction> history, int n) {
        ActiveModel.Active a = active.get();
        UserEntry e = fromInteractions(a, userId, history);
        a.answers.refreshed(userId, e);
        Integer version = a.model == null ? null : a.model.version;
        ListRules rules = rules(Set.of(), Set.of());
        return new Recommendations(userId, version, e.strategy(), !e.strategy().equals("popular"),
                e.strategy().equals("popular") ? popular(a, n, null, Set.of(), rules) : filter(e.items(), n, null, rules));
    }

    /**
     * The listeners' interactions changed but their answers are not recomputed now (the fresh-list
     * worker is full): their next request recomputes them from the store.
     */
    public void forget(java.util.Collection<String> userIds) {
        ListenerAnswers answers = active.get().answers;
        userIds.forEach(answers::forget);
    }

    private Optional<UserEntry> precomputed(ActiveModel.Active a, String userId) {
        if (a.model == null || !a.model.users.containsKey(userId)) {
            return Optional.empty();
        }
        Optional<UserTopList> list = models.userList(a.model.modelId, userId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = list.get().items();
        List<Double> scores = list.get().scores();
        List<String> reasons = list.get().reasons();
        List<RankedItem> items = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            items.add(new RankedItem(ids.get(i), scores.get(i), i < reasons.size() ? reasons.get(i) : null));
        }
        return Optional.of(new UserEntry("als", a.model.userVector(a.model.users.get(userId)), List.copyOf(items), null));
    }

    /** ALS fold-in when the model knows enough of the user's tracks, else the cold-start blend, else popular. */
    UserEntry fromInteractions(ActiveModel.Active a, String userId, List<Interaction> history) {
        ServingModel m = a.model;
        Set<String> known = new HashSet<>();
        List<Interaction> positive = new ArrayList<>();
        for (Interaction i : history) {
            known.add(i.trackId());
            if (signal(m, i) > 0) {
                positive.add(i);
            }
        }
        if (history.isEmpty()) {
            return new UserEntry("popular", null, List.of(), Set.of());
        }
        long inModel = m == null ? 0 : positive.stream().filter(i -> m.itemIndex.containsKey(i.trackId())).count();
        if (m == null || inModel < MIN_ITEMS_FOR_ALS) {
            positive.sort(Comparator.comparingDouble((Interaction i) -> -signal(m, i)));
            List<String> seeds = positive.stream().map(Interaction::trackId).limit(20).toList();
            return new UserEntry("cold-start", null, blend(a, seeds, List.of(), MAX_N, known, null), Set.copyOf(known));
        }
        int[] idx = new int[(int) inModel];
        float[] values = new float[(int) inModel];
        int p = 0;
        for (Interaction i : positive) {
            Integer ix = m.itemIndex.get(i.trackId());
            if (ix != null) {
                idx[p] = ix;
                values[p++] = (float) signal(m, i);
            }
        }
        float[] vector = m.foldIn.userVector(idx, values);
        return new UserEntry("als", vector, score(m, vector, MAX_N, known, null, reasonCandidates(idx, values)), Set.copyOf(known));
    }

    /** The value the model was trained on: the implicit weight, or the rating for explicit models. */
    private static double signal(ServingModel m, Interaction i) {
        if (m != null && !m.params.implicit()) {
            return i.rating() == null ? 0 : i.rating();
        }
        return i.weight();
    }

    private static int[] reasonCandidates(int[] idx, float[] values) {
        Integer[] order = new Integer[idx.length];
        for (int i = 0; i < idx.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
        int k = Math.min(MAX_REASON_CANDIDATES, idx.length);
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = idx[order[i]];
        }
        return out;
    }

    /** Scores every model item for {@code vector}, skipping known tracks and other genres; reasons from {@code reasonItems}. */
    private List<RankedItem> score(ServingModel m, float[] vector, int n, Set<String> known, Integer genre, int[] reasonItems) {
        CatalogView.Snapshot cat = catalog.get();
        List<Integer> excluded = new ArrayList<>();
        for (int i = 0; i < m.items.length; i++) {
            if (known.contains(m.items[i]) || (genre != null && !cat.track(m.items[i]).inGenre(genre))) {
                excluded.add(i);
            }
        }
        int[] ex = excluded.stream().mapToInt(Integer::intValue).toArray();
        TopN.Ranked r = TopN.of(vector, 0, m.itemFactors, m.rank, m.items.length, n, ex, 0, ex.length);
        List<RankedItem> out = new ArrayList<>(r.size());
        for (int k = 0; k < r.size(); k++) {
            int reason = reasonItems == null ? -1 : m.similarity.mostSimilar(r.items()[k], reasonItems);
            out.add(new RankedItem(m.items[r.items()[k]], r.scores()[k], reason < 0 ? null : m.items[reason]));
        }
        return out;
    }

    private List<RankedItem> topUp(ActiveModel.Active a, String userId, UserEntry e, List<RankedItem> have, int n, Integer genre,
                                   ListRules rules) {
        // Precomputed entries do not carry the user's tracks; only this (rarer) path needs them.
        Set<String> known = e.known() != null ? e.known()
                : new HashSet<>(interactions(userId).stream().map(Interaction::trackId).toList());
        Set<String> skip = new HashSet<>(known);
        skip.addAll(rules.blocked());
        have.forEach(i -> skip.add(i.trackId()));
        List<RankedItem> out = new ArrayList<>(have);
        out.addAll(score(a.model, e.vector(), n - have.size() + RULES_SLACK, skip, genre, null));
        return rules.apply(out, RankedItem::trackId, n);
    }

    private List<RankedItem> filter(List<RankedItem> items, int n, Integer genre, ListRules rules) {
        CatalogView.Snapshot cat = catalog.get();
        List<RankedItem> inGenre = new ArrayList<>(items.size());
        for (RankedItem i : items) {
            if (genre == null || cat.track(i.trackId()).inGenre(genre)) {
                inGenre.add(i);
            }
        }
        return rules.apply(inGenre, RankedItem::trackId, n);
    }

    /**
     * The cold-start blend: tracks nearest the seeds' centre in the audio space (any track with
     * features, interactions or not) interleaved with the most popular tracks of the seeds' and the
     * chosen genres; what the listener knows is left out.
     */
    List<RankedItem> blend(ActiveModel.Active a, List<String> seeds, List<Integer> genres, int n, Set<String> exclude, Integer genre) {
        CatalogView.Snapshot cat = catalog.get();
        List<TrackInfo> seedTracks = seeds.stream().map(cat::track).toList();
        Set<Integer> genreSet = new HashSet<>(genres);
        for (TrackInfo t : seedTracks) {
            if (t.topGenre() != null) {
                cat.genre(t.topGenre()).ifPresent(genreSet::add);
            }
        }
        Set<String> skip = new HashSet<>(exclude);
        skip.addAll(seeds);
        float[] centre = AudioNeighbours.centroid(seedTracks);
        List<AudioNeighbours.Neighbour> near = centre == null ? List.of()
                : AudioNeighbours.of(centre, cat.withAudio(), n, skip, genre);
        List<RankedItem> pop = popular(a, n, genre, skip, genreSet);
        Map<String, RankedItem> out = new LinkedHashMap<>();
        for (int i = 0; out.size() < n && (i < near.size() || i < pop.size()); i++) {
            if (i < near.size()) {
                TrackInfo t = near.get(i).track();
                out.putIfAbsent(t.trackId(), new RankedItem(t.trackId(), near.get(i).similarity(), nearestSeed(t, seedTracks), null));
            }
            if (i < pop.size() && out.size() < n) {
                out.putIfAbsent(pop.get(i).trackId(), pop.get(i));
            }
        }
        return List.copyOf(out.values());
    }

    private static String nearestSeed(TrackInfo t, List<TrackInfo> seeds) {
        String best = null;
        double bestD = Double.MAX_VALUE;
        for (TrackInfo s : seeds) {
            if (s.pca() == null) {
                continue;
            }
            double d = 0;
            for (int k = 0; k < Math.min(s.pca().length, t.pca().length); k++) {
                double x = s.pca()[k] - t.pca()[k];
                d += x * x;
            }
            if (d < bestD) {
                bestD = d;
                best = s.trackId();
            }
        }
        return best;
    }

    List<RankedItem> popular(ActiveModel.Active a, int n, Integer genre, Set<String> skip) {
        return popular(a, n, genre, skip, Set.of());
    }

    private List<RankedItem> popular(ActiveModel.Active a, int n, Integer genre, Set<String> skip, ListRules rules) {
        Set<String> all = new HashSet<>(skip);
        all.addAll(rules.blocked());
        return rules.apply(popular(a, n + RULES_SLACK, genre, all, Set.of()), RankedItem::trackId, n);
    }

    /** Most-played tracks of the model (or, without one, FMA's listen counts), optionally within genres. */
    private List<RankedItem> popular(ActiveModel.Active a, int n, Integer genre, Set<String> skip, Set<Integer> genres) {
        CatalogView.Snapshot cat = catalog.get();
        List<RankedItem> out = new ArrayList<>();
        if (a.model != null) {
            ServingModel m = a.model;
            double top = Math.max(1, m.itemCounts[m.byPopularity.length == 0 ? 0 : m.byPopularity[0]]);
            for (int i : m.byPopularity) {
                if (out.size() == n) {
                    break;
                }
                TrackInfo t = cat.track(m.items[i]);
                if (!skip.contains(t.trackId()) && t.inGenre(genre) && inAny(t, genres)) {
                    out.add(new RankedItem(t.trackId(), m.itemCounts[i] / top, null, genreOf(cat, t, genres)));
                }
            }
            return out;
        }
        List<TrackInfo> all = new ArrayList<>(cat.tracks().values());
        all.sort(Comparator.comparingLong((TrackInfo t) -> -t.listens()).thenComparing(TrackInfo::trackId));
        double top = all.isEmpty() ? 1 : Math.max(1, all.get(0).listens());
        for (TrackInfo t : all) {
            if (out.size() == n) {
                break;
            }
            if (!skip.contains(t.trackId()) && !t.placeholder() && t.inGenre(genre) && inAny(t, genres)) {
                out.add(new RankedItem(t.trackId(), t.listens() / top, null, genreOf(cat, t, genres)));
            }
        }
        return out;
    }

    private static boolean inAny(TrackInfo t, Set<Integer> genres) {
        if (genres.isEmpty()) {
            return true;
        }
        for (Integer g : genres) {
            if (t.genresAll().contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static String genreOf(CatalogView.Snapshot cat, TrackInfo t, Set<Integer> genres) {
        for (Integer g : genres) {
            if (t.genresAll().contains(g)) {
                return cat.genreTitles().get(g);
            }
        }
        return null;
    }

    /** Neighbours of a track: in the audio space, the item-factor space, or both blended equally. */
    public List<RankedItem> similar(String trackId, int n, String by) {
        ListRules rules = rules(Set.of(), Set.of());
        return rules.apply(neighbours(trackId, n + RULES_SLACK, by, rules.blocked()), RankedItem::trackId, n);
    }

    /** Neighbours by the given way, best first, leaving out {@code skip}; 404 for a track nobody knows. */
    private List<RankedItem> neighbours(String trackId, int n, String by, Set<String> skip) {
        ActiveModel.Active a = active.get();
        CatalogView.Snapshot cat = catalog.get();
        TrackInfo t = cat.track(trackId);
        ServingModel m = a.model;
        Integer idx = m == null ? null : m.itemIndex.get(trackId);
        if (!cat.tracks().containsKey(trackId) && idx == null) {
            throw new jakarta.ws.rs.NotFoundException("no track " + trackId);
        }
        Map<String, double[]> scores = new LinkedHashMap<>(); // trackId -> {audio, cf}
        boolean audio = !by.equals("cf");
        boolean cf = !by.equals("audio");
        int pool = by.equals("hybrid") ? 3 * n : n;
        if (audio && t.pca() != null) {
            for (AudioNeighbours.Neighbour nb : AudioNeighbours.of(t.pca(), cat.withAudio(), pool, Set.of(trackId), null)) {
                scores.computeIfAbsent(nb.track().trackId(), k -> new double[2])[0] = nb.similarity();
            }
        }
        if (cf && idx != null) {
            for (int[] c : cfNeighbours(m, idx, pool)) {
                scores.computeIfAbsent(m.items[c[0]], k -> new double[2])[1] = Float.intBitsToFloat(c[1]);
            }
        }
        List<RankedItem> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            if (skip.contains(e.getKey())) {
                continue;
            }
            double s = by.equals("audio") ? e.getValue()[0] : by.equals("cf") ? e.getValue()[1]
                    : 0.5 * e.getValue()[0] + 0.5 * Math.max(0, e.getValue()[1]);
            out.add(new RankedItem(e.getKey(), s, null));
        }
        out.sort(Comparator.comparingDouble((RankedItem r) -> -r.score()).thenComparing(RankedItem::trackId));
        return out.size() > n ? List.copyOf(out.subList(0, n)) : List.copyOf(out);
    }

    /** Share of a radio candidate's score that comes from the listener's taste, when the model knows them. */
    static final double RADIO_TASTE_WEIGHT = 0.3;

    /**
     * A radio seeded by one track: its sound and collaborative neighbours (blended as in
     * {@link #similar}), re-ranked towards the listener's taste when the model can place them, then
     * ordered so that no track repeats and no artist plays twice in a row. The seed, hidden tracks
     * and the listener's dislikes never play.
     */
    public List<RankedItem> radio(String seedId, String userId, int n) {
        ActiveModel.Active a = active.get();
        Set<String> disliked = Set.of();
        float[] taste = null;
        if (userId != null) {
            disliked = new HashSet<>();
            for (Interaction i : interactions(userId)) {
                if (i.dislikes() > 0) {
                    disliked.add(i.trackId());
                }
            }
            taste = entry(a, userId).vector();
        }
        ListRules rules = rules(Set.of(), disliked).blocking(Set.of(seedId));
        List<RankedItem> candidates = neighbours(seedId, 3 * n + RULES_SLACK, "hybrid", rules.blocked());
        if (taste != null && a.model != null) {
            List<RankedItem> blended = new ArrayList<>(candidates.size());
            for (RankedItem c : candidates) {
                Integer ix = a.model.itemIndex.get(c.trackId());
                double t = ix == null ? 0 : Math.max(0, cosine(taste, a.model.itemFactors, ix * a.model.rank,
                        a.model.params.latentRank()));
                blended.add(new RankedItem(c.trackId(), (1 - RADIO_TASTE_WEIGHT) * c.score() + RADIO_TASTE_WEIGHT * t, null));
            }
            blended.sort(Comparator.comparingDouble((RankedItem r) -> -r.score()).thenComparing(RankedItem::trackId));
            candidates = blended;
        }
        return rules.radio(candidates, RankedItem::trackId, n);
    }

    /** Over the first {@code columns} (the latent ones: a model's bias columns say nothing about taste). */
    private static double cosine(float[] u, float[] factors, int offset, int columns) {
        double dot = 0;
        double nu = 0;
        double nv = 0;
        for (int k = 0; k < columns; k++) {
            dot += u[k] * factors[offset + k];
            nu += u[k] * u[k];
            nv += factors[offset + k] * factors[offset + k];
        }
        return nu == 0 || nv == 0 ? 0 : dot / Math.sqrt(nu * nv);
    }

    /** {item, float bits of cosine} of the n items most similar to {@code item} by their factors. */
    private static List<int[]> cfNeighbours(ServingModel m, int item, int n) {
        java.util.PriorityQueue<int[]> heap = new java.util.PriorityQueue<>(
                Comparator.comparingDouble((int[] x) -> Float.intBitsToFloat(x[1])));
        for (int j = 0; j < m.items.length; j++) {
            if (j == item) {
                continue;
            }
            float s = (float) m.similarity.cosine(item, j);
            if (heap.size() < n) {
                heap.add(new int[] {j, Float.floatToIntBits(s)});
            } else if (n > 0 && s > Float.intBitsToFloat(heap.peek()[1])) {
                heap.poll();
                heap.add(new int[] {j, Float.floatToIntBits(s)});
            }
        }
        return new ArrayList<>(heap);
    }

    /** Every interaction of the user. */
    public List<Interaction> interactions(String userId) {
        return history.ofUser(userId);
    }

    /** The users with an interaction written at or after {@code since} (one query). */
    public java.util.Set<String> usersWrittenSince(java.time.Instant since) {
        return history.usersAppliedSince(since);
    }
}

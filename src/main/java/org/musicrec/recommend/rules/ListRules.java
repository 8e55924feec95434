package org.musicrec.recommend.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules one list is made under: what must never appear (the operator's hidden tracks, the
 * request's {@code exclude=} ids, the listener's dislikes) and how many tracks of one artist it may
 * hold. Applied to a ranked list of candidates, longer than asked for where possible, so that what
 * the rules remove is replaced by the next candidates in rank order.
 *
 * @param blocked     track ids never to appear
 * @param maxPerArtist most tracks of one artist in a list (0 or less: no limit); tracks without a
 *                    known artist are not limited
 * @param artistOf    the artist of a track id (null when unknown)
 */
public record ListRules(Set<String> blocked, int maxPerArtist, Function<String, String> artistOf) {

    /** No rule at all: what the candidates hold, without repeats. */
    public static ListRules none() {
        return new ListRules(Set.of(), 0, id -> null);
    }

    /** The rules of one request: everything hidden, excluded or disliked is blocked. */
    public static ListRules of(Set<String> hidden, Set<String> excluded, Set<String> disliked, int maxPerArtist,
                               Function<String, String> artistOf) {
        if (excluded.isEmpty() && disliked.isEmpty()) {
            // Most requests: the hidden set as it is held (immutable, so copyOf returns it), not two
            // copies of up to musicrec.recommend.max-hidden ids per request.
            return new ListRules(Set.copyOf(hidden), maxPerArtist, artistOf);
        }
        Set<String> blocked = new HashSet<>(hidden);
        blocked.addAll(excluded);
        blocked.addAll(disliked);
        return new ListRules(Set.copyOf(blocked), maxPerArtist, artistOf);
    }

    /** Whether a track may appear at all (not hidden, excluded nor disliked). */
    public boolean allows(String trackId) {
        return !blocked.contains(trackId);
    }

    /** These rules with more ids blocked (a radio's seed, the tracks already chosen). */
    public ListRules blocking(Set<String> more) {
        Set<String> all = new HashSet<>(blocked);
        all.addAll(more);
        return new ListRules(Set.copyOf(all), maxPerArtist, artistOf);
    }

    /**
     * The first {@code n} candidates, in their order, that the rules allow: blocked ids and repeats
     * are dropped, and an artist's tracks beyond {@link #maxPerArtist} are passed over.
     */
    public <T> List<T> apply(List<T> ranked, Function<T, String> idOf, int n) {
        List<T> out = new ArrayList<>(Math.min(n, ranked.size()));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perArtist = new HashMap<>();
        for (T candidate : ranked) {
            if (out.size() >= n) {
                break;
            }
            String id = idOf.apply(candidate);
            if (blocked.contains(id) || !seen.add(id)) {
                continue;
            }
            String artist = artistOf.apply(id);
            if (artist != null && maxPerArtist > 0) {
                int count = perArtist.getOrDefault(artist, 0);
                if (count >= maxPerArtist) {
                    continue;
                }
                perArtist.put(artist, count + 1);
            }
            out.add(candidate);
        }
        return out;
    }

    /**
     * A radio sequence of at most {@code n} tracks from candidates in preference order: the rules of
     * {@link #apply} hold, no track comes twice, and no artist plays twice in a row. Each step takes
     * the most preferred candidate left whose artist differs from the previous track's; a candidate
     * passed over for that reason keeps its place for the next step. The sequence ends early when
     * only the previous artist's tracks are left.
     */
    public <T> List<T> radio(List<T> candidates, Function<T, String> idOf, int n) {
        List<T> pool = new ArrayList<>(apply(candidates, idOf, Integer.MAX_VALUE));
        List<T> out = new ArrayList<>(Math.min(n, pool.size()));
        String previous = null;
        while (out.size() < n && !pool.isEmpty()) {
            int pick = -1;
            for (int i = 0; i < pool.size(); i++) {
                String artist = artistOf.apply(idOf.apply(pool.get(i)));
                if (artist == null || !artist.equals(previous)) {
                    pick = i;
                    break;
                }
            }
            if (pick < 0) {
                break;
            }
            T chosen = pool.remove(pick);
            out.add(chosen);
            previous = artistOf.apply(idOf.apply(chosen));
        }
        return out;
    }
}

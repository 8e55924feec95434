package org.musicrec.tools.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded listening history in the replay CSV format ({@code user,track,type,at,count}) drawn from
 * a latent taste model (docs/demo-data.md):
 * <ul>
 * <li>track popularity is Zipf-like: a seeded ranking, weight {@code 1/(rank+1)^zipf};</li>
 * <li>each user favours one to three top-level genres (chosen in proportion to their size) and
 *     a few artists of them, and listens to a log-normal number of distinct tracks;</li>
 * <li>a user's tracks are drawn without replacement with probability proportional to the genre's
 *     share of the user's taste times the track's popularity within its genre, boosted for the
 *     favourite artists;</li>
 * <li>what the user does with a track depends on whether it is to their taste: more plays and
 *     completes and likes for favoured genres, more skips and dislikes for the others.</li>
 * </ul>
 * So most-popular knows only the long tail's head, while a factor model can find each user's genres.
 */
public final class ListeningHistoryGenerator {

    /**
     * @param users        listeners
     * @param meanTracks   mean distinct tracks per user (log-normal, clipped to 5..300)
     * @param zipf         popularity exponent
     * @param offTaste     share of a user's listening outside their favoured genres
     * @param end          the history ends here; it spans the 90 days before
     */
    public record Settings(int users, double meanTracks, double zipf, double offTaste, long seed, Instant end) {
        public static final int MAX_USERS = 1_000_000;

        public Settings {
            if (users < 1 || users > MAX_USERS || !(meanTracks >= 5 && meanTracks <= 300) || !(zipf >= 0 && zipf <= 3)
                    || !(offTaste >= 0 && offTaste < 1)) {
                throw new IllegalArgumentException("users 1.." + MAX_USERS + ", meanTracks 5..300, zipf 0..3, offTaste 0..1");
            }
        }

        public static Settings defaults(int users, long seed) {
            return new Settings(users, 40, 0.9, 0.1, seed, Instant.parse("2026-11-01T00:00:00Z"));
        }

        public Settings withMeanTracks(double mean) {
            return new Settings(users, mean, zipf, offTaste, seed, end);
        }
    }

    /** What was written. {@code pairs} are distinct (user, track) pairs. */
    public record Summary(Path file, int users, long pairs, long rows, long plays) {
    }

    private static final long SPAN_SECONDS = 90L * 24 * 3600;
    private static final String NO_GENRE = "";

    private final Settings settings;

    public ListeningHistoryGenerator(Settings settings) {
        this.settings = settings;
    }

    public Summary write(CatalogTracks catalogue, Path file) throws IOException {
        List<CatalogTracks.Entry> tracks = catalogue.tracks();
        if (tracks.size() < 10) {
            throw new IllegalArgumentException("a history needs a catalogue of at least 10 tracks, not " + tracks.size());
        }
        SplittableRandom root = new SplittableRandom(settings.seed() ^ 0x4157L);
        double[] popularity = popularity(tracks.size(), root.split());
        Map<String, List<Integer>> byGenre = new LinkedHashMap<>();
        for (int t = 0; t < tracks.size(); t++) {
            String g = tracks.get(t).topGenre() == null ? NO_GENRE : tracks.get(t).topGenre();
            byGenre.computeIfAbsent(g, k -> new ArrayList<>()).add(t);
        }
        Map<String, Double> popularityOfGenre = new HashMap<>();
        byGenre.forEach((g, ts) -> popularityOfGenre.put(g, ts.stream().mapToDouble(t -> popularity[t]).sum()));
        List<String> tasteGenres = byGenre.keySet().stream().filter(g -> !g.equals(NO_GENRE)).toList();
        if (tasteGenres.isEmpty()) {
            throw new IllegalArgumentException("no track of the catalogue has a top-level genre");
        }

        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long pairs = 0;
        long rows = 0;
        long plays = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("user,track,type,at,count\n");
            for (int u = 1; u <= settings.users(); u++) {
                SplittableRandom r = root.split();
                String user = String.format(Locale.ROOT, "u%05d", u);
                Map<String, Double> taste = taste(tasteGenres, byGenre, r);
                Set<Long> favouriteArtists = favouriteArtists(taste, byGenre, tracks, r);
                int n = activity(tracks.size(), r);
                List<Row> listened = new ArrayList<>();
                for (int t : choose(tracks, popularity, popularityOfGenre, taste, favouriteArtists, n, r)) {
                    CatalogTracks.Entry track = tracks.get(t);
                    String g = track.topGenre() == null ? NO_GENRE : track.topGenre();
                    boolean toTaste = taste.getOrDefault(g, 0.0) >= 0.15 || favouriteArtists.contains(track.artistId());
                    long count = actions(user, Long.toString(track.id()), toTaste, r, listened);
                    plays += count;
                    pairs++;
                }
                listened.sort(Comparator.comparingLong(Row::at).thenComparing(Row::track).thenComparing(Row::type));
                for (Row row : listened) {
                    out.write(row.user + "," + row.track + "," + row.type + "," + Instant.ofEpochSecond(row.at) + "," + row.count + "\n");
                }
                rows += listened.size();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(file, settings.users(), pairs, rows, plays);
    }

    private record Row(String user, String track, String type, long at, long count) {
    }

    /** A seeded ranking of the tracks; weight 1/(rank+1)^zipf. */
    private double[] popularity(int n, SplittableRandom r) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] p = new double[n];
        for (int rank = 0; rank < n; rank++) {
            p[order[rank]] = 1 / Math.pow(rank + 1, settings.zipf());
        }
        return p;
    }

    /** One to three favoured genres (more tracks, more fans) sharing 1 - offTaste; the rest share offTaste. */
    private Map<String, Double> taste(List<String> genres, Map<String, List<Integer>> byGenre, SplittableRandom r) {
        int k = Math.min(genres.size(), 1 + (r.nextDouble() < 0.5 ? 0 : r.nextDouble() < 0.7 ? 1 : 2));
        List<String> pool = new ArrayList<>(genres);
        Map<String, Double> raw = new HashMap<>();
        for (int i = 0; i < k; i++) {
            double total = pool.stream().mapToDouble(g -> byGenre.get(g).size()).sum();
            double x = r.nextDouble() * total;
            int pick = 0;
            while (pick < pool.size() - 1 && (x -= byGenre.get(pool.get(pick)).size()) > 0) {
                pick++;
            }
            raw.put(pool.remove(pick), r.nextDouble(0.5, 1.0));
        }
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> taste = new HashMap<>();
        int others = byGenre.size() - raw.size();
        for (String g : byGenre.keySet()) {
            taste.put(g, raw.containsKey(g) ? (1 - settings.offTaste()) * raw.get(g) / sum
                    : others == 0 ? 0 : settings.offTaste() / others);
        }
        return taste;
    }

    /** Two or three artists of tracks in the user's favoured genres. */
    private static Set<Long> favouriteArtists(Map<String, Double> taste, Map<String, List<Integer>> byGenre,
                                              List<CatalogTracks.Entry> tracks, SplittableRandom r) {
        Set<Long> artists = new HashSet<>();
        List<String> favoured = taste.entrySet().stream().filter(e -> e.getValue() >= 0.15).map(Map.Entry::getKey).sorted().toList();
        int want = 2 + r.nextInt(2);
        for (int i = 0; i < want && !favoured.isEmpty(); i++) {
            List<Integer> ts = byGenre.get(favoured.get(r.nextInt(favoured.size())));
            Long a = tracks.get(ts.get(r.nextInt(ts.size()))).artistId();
            if (a != null) {
                artists.add(a);
            }
        }
        return artists;
    }

    /** Log-normal around the mean (sigma 0.8), clipped to 5..300 and to half the catalogue. */
    private int activity(int catalogue, SplittableRandom r) {
        double sigma = 0.8;
        double gaussian = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        long n = Math.round(Math.exp(Math.log(settings.meanTracks()) - sigma * sigma / 2 + sigma * gaussian));
        return (int) Math.max(5, Math.min(Math.min(300, catalogue / 2), n));
    }

    /** Weighted sampling without replacement (Efraimidis-Spirakis: the n largest u^(1/w)). */
    private static List<Integer> choose(List<CatalogTracks.Entry> tracks, double[] popularity, Map<String, Double> popularityOfGenre,
                                        Map<String, Double> taste, Set<Long> favouriteArtists, int n, SplittableRandom r) {
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        for (int t = 0; t < tracks.size(); t++) {
            CatalogTracks.Entry e = tracks.get(t);
            String g = e.topGenre() == null ? NO_GENRE : e.topGenre();
            double w = taste.getOrDefault(g, 0.0) * popularity[t] / popularityOfGenre.get(g)
                    * (favouriteArtists.contains(e.artistId()) ? 5 : 1);
            if (w <= 0) {
                continue;
            }
            double key = Math.log(1 - r.nextDouble()) / w;
            if (best.size() < n) {
                best.add(new double[] {key, t});
            } else if (key > best.peek()[0]) {
                best.poll();
                best.add(new double[] {key, t});
            }
        }
        List<Integer> chosen = new ArrayList<>();
        best.forEach(a -> chosen.add((int) a[1]));
        chosen.sort(null);
        return chosen;
    }

    /** The rows of one (user, track); returns the plays. */
    private long actions(String user, String track, boolean toTaste, SplittableRandom r, List<Row> rows) {
        long first = settings.end().getEpochSecond() - SPAN_SECONDS + r.nextLong(SPAN_SECONDS - 3600);
        if (!toTaste && r.nextDouble() < 0.35) {
            rows.add(new Row(user, track, "skip", first, 1 + r.nextInt(2)));
            if (r.nextDouble() < 0.25) {
                rows.add(new Row(user, track, "dislike", first + 1, 1));
            }
            if (r.nextDouble() < 0.6) {
                return 0;
            }
        }
        double mean = toTaste ? 4 : 1.5;
        long plays = 1 + (long) Math.floor(Math.log(1 - r.nextDouble()) / Math.log(1 - 1 / mean));
        plays = Math.min(plays, 200);
        rows.add(new Row(user, track, "play", first + 2, plays));
        long completes = Math.round(plays * (toTaste ? r.nextDouble(0.3, 0.9) : r.nextDouble(0, 0.4)));
        if (completes > 0) {
            rows.add(new Row(user, track, "complete", first + 3, completes));
        }
        if (r.nextDouble() < (toTaste ? 0.3 : 0.03)) {
            rows.add(new Row(user, track, "like", first + 4, 1));
        }
        return plays;
    }
}

package org.musicrec.tools.generate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generated artists, albums and tracks. Each is a pure function of (seed, index), so tracks.csv
 * and the raw files can be written in one pass without holding the catalogue in memory.
 */
final class FakeEntities {
    record Artist(long id, String name, Integer yearBegin, Integer yearEnd, String labels, String bio,
                  int comments, LocalDateTime created, int favorites, Double latitude, String location,
                  Double longitude, String members, String tags, String website) {
    }

    record Album(long id, String title, int comments, LocalDateTime created, LocalDateTime released,
                 String engineer, int favorites, String information, int listens, String producer,
                 String tags, int tracks, String type) {
    }

    record Track(long id, String title, int bitRate, int comments, String composer, LocalDateTime created,
                 LocalDateTime recorded, int duration, int favorites, String genreTop, List<Integer> genres,
                 List<Integer> genresAll, String information, int interest, String language, String license,
                 int listens, int number, String tags, String split, String subset) {
    }

    private final long seed;
    private final SyntheticGenres genres;

    FakeEntities(long seed, SyntheticGenres genres) {
        this.seed = seed;
        this.genres = genres;
    }

    private SplittableRandom random(int kind, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 1_000_003L + index);
    }

    Artist artist(int a) {
        SplittableRandom r = random(1, a);
        boolean located = a % 3 != 0;
        Integer begin = a % 4 == 0 ? null : 1960 + r.nextInt(55);
        return new Artist(CatalogLayout.artistId(a), FakeText.name(r, a), begin,
                begin != null && a % 8 == 1 ? begin + r.nextInt(10) : null,
                a % 6 == 2 ? FakeText.word(r) + " Records, " + FakeText.word(r) + " Tapes" : "",
                a % 5 == 4 ? "" : FakeText.html(r, a), r.nextInt(5), FakeText.timestamp(r), r.nextInt(200),
                located ? round(r.nextDouble(-60, 70)) : null, located ? FakeText.word(r) + " City" : "",
                located ? round(r.nextDouble(-170, 170)) : null,
                a % 7 == 3 ? FakeText.name(r, a + 1) + ",\n" + FakeText.name(r, a + 2) : "",
                FakeText.tags(r, a), a % 2 == 0 ? "http://example.org/artist/" + a : "");
    }

    Album album(int j, int trackCount) {
        SplittableRandom r = random(2, j);
        LocalDateTime created = FakeText.timestamp(r);
        return new Album(CatalogLayout.albumId(j), FakeText.title(r, j), r.nextInt(3), created,
                j % 10 == 7 ? null : created.minusDays(r.nextInt(2000)).withHour(0).withMinute(0).withSecond(0),
                j % 9 == 2 ? FakeText.name(r, j) : "", r.nextInt(50), FakeText.html(r, j), r.nextInt(100_000),
                "", FakeText.tags(r, j + 1), trackCount, FakeText.ALBUM_TYPES[j % FakeText.ALBUM_TYPES.length]);
    }

    /** @param homeGenre index of the artist's genre in the synthetic tree */
    Track track(int k, int number, int homeGenre) {
        SplittableRandom r = random(3, k);
        Set<Integer> chosen = new LinkedHashSet<>();
        if (k % 23 != 11) {
            chosen.add(genres.byIndex(homeGenre).id());
            if (r.nextInt(10) < 3) {
                chosen.add(genres.byIndex(r.nextInt(genres.nodes().size())).id());
            }
        }
        List<Integer> all = new ArrayList<>();
        Set<Integer> roots = new LinkedHashSet<>();
        for (int id : chosen) {
            for (SyntheticGenres.Node n = genres.byId(id); n != null; n = n.isRoot() ? null : genres.byId(n.parent())) {
                if (!all.contains(n.id())) {
                    all.add(n.id());
                }
            }
            roots.add(genres.byId(id).topLevel());
        }
        String top = roots.size() == 1 ? genres.byId(roots.iterator().next()).title() : "";
        int duration = k % 97 == 13 ? 3600 + r.nextInt(1800) : 30 + r.nextInt(600);
        String[] splits = {"training", "training", "training", "training", "training", "training", "training",
            "training", "validation", "test"};
        String[] subsets = {"small", "medium", "medium", "large", "large", "large", "large", "large"};
        return new Track(CatalogLayout.trackId(k), FakeText.title(r, k), new int[] {128000, 192000, 256000, 320000}[r.nextInt(4)],
                r.nextInt(3), k % 10 == 0 ? FakeText.name(r, k) : "", FakeText.timestamp(r),
                k % 4 == 0 ? null : FakeText.timestamp(r), duration, r.nextInt(40), top, List.copyOf(chosen),
                all, k % 3 == 0 ? FakeText.html(r, k) : "", r.nextInt(20_000), k % 8 == 0 ? "" : k % 8 == 1 ? "es" : "en",
                FakeText.LICENSES[r.nextInt(FakeText.LICENSES.length)], r.nextInt(10_000), number,
                FakeText.tags(r, k + 2), splits[r.nextInt(splits.length)], subsets[r.nextInt(subsets.length)]);
    }

    private static double round(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}

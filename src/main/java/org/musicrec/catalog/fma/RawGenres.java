package org.musicrec.catalog.fma;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.GenreTree;

/**
 * Reconciles raw_genres.csv with genres.csv. The real raw file disagrees on a few parents (13 Easy
 * Listening under 126, 763 Holiday its own parent, 580 under a genre that does not exist) and lists
 * one extra genre (806). So when the source also holds genres.csv, that file owns the tree: raw rows
 * add only handle and colour to its genres, plus whole genres it lacks, placed by walking the
 * combined tree. Without genres.csv the raw tree is walked as it is.
 */
final class RawGenres {
    private RawGenres() {
    }

    /** Adjusts {@code raw} in place, ready for upserting. */
    static void reconcile(List<Genre> raw, FmaSource source, CsvLimits limits) {
        Map<Integer, Genre> cleaned = source.has(FmaFile.GENRES) ? readGenresCsv(source, limits) : Map.of();
        List<Genre> tree = new ArrayList<>(cleaned.values());
        for (Genre g : raw) {
            if (!cleaned.containsKey(g.getId())) {
                tree.add(g);
            }
        }
        GenreTree.assignTopLevels(tree);
        for (Genre g : raw) {
            if (cleaned.containsKey(g.getId())) {
                g.setTitle(null);
                g.setParentId(null);
                g.setTopLevelId(null);
            }
        }
    }

    /** genres.csv's genres; unreadable rows are left out here (the genres.csv import reports them). */
    private static Map<Integer, Genre> readGenresCsv(FmaSource source, CsvLimits limits) {
        Map<Integer, Genre> genres = new HashMap<>();
        try (FmaRowReader reader = source.rows(FmaFile.GENRES, limits)) {
            while (true) {
                try {
                    CsvRow row = reader.next();
                    if (row == null) {
                        return genres;
                    }
                    Genre g = EntityRows.genre(row);
                    genres.put(g.getId(), g);
                } catch (MalformedRowException e) {
                    if (e.fatal()) {
                        return genres;
                    }
                }
            }
        } catch (IOException | MalformedRowException e) {
            return genres;
        }
    }
}

package org.musicrec.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Walks parent links to each genre's root, for sources (raw_genres.csv) that do not state it. */
public final class GenreTree {
    private GenreTree() {
    }

    /**
     * Sets {@code topLevelId} on every genre whose chain of parents reaches a root within the list;
     * a genre under a missing parent or in a cycle keeps a null top level.
     */
    public static void assignTopLevels(List<Genre> genres) {
        Map<Integer, Genre> byId = new HashMap<>();
        genres.forEach(g -> byId.put(g.getId(), g));
        for (Genre g : genres) {
            Genre at = g;
            int steps = 0;
            while (at != null && at.getParentId() != null && steps++ <= genres.size()) {
                at = byId.get(at.getParentId());
            }
            if (at != null && at.getParentId() == null) {
                g.setTopLevelId(at.getId());
            }
        }
    }
}

package org.musicrec.recommend.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps external ids (as written in the files) to dense indices 0..n-1 in order of first appearance. */
public final class IdDictionary {
    private final Map<String, Integer> indices = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    /** The index of {@code id}, adding it when new. */
    public int indexOf(String id) {
        Integer known = indices.get(id);
        if (known != null) {
            return known;
        }
        int next = ids.size();
        indices.put(id, next);
        ids.add(id);
        return next;
    }

    /** The index of {@code id}, or -1 when unknown. */
    public int find(String id) {
        Integer known = indices.get(id);
        return known == null ? -1 : known;
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }
}

package org.musicrec.recommend.serving;

import java.util.List;
import java.util.Set;
import org.musicrec.recommend.model.RankedItem;

/**
 * A user's current answer under one model: where it came from, their vector (null for cold start),
 * the ranked list, and the tracks they already know (excluded from any list made on the fly).
 */
record UserEntry(String strategy, float[] vector, List<RankedItem> items, Set<String> known) {
}

package org.musicrec.recommend.model;

import java.util.List;

/**
 * A listener's precomputed list under one model: track ids best first, their scores and, per track,
 * the listener's track that explains it ("because you played"); {@code reasons} may be shorter than
 * the items (lists stored without reasons have none).
 */
public record UserTopList(String userId, List<String> items, List<Double> scores, List<String> reasons) {
}

package org.musicrec.recommend.serving;

import java.util.List;
import org.musicrec.recommend.model.RankedItem;

/**
 * A user's answer: {@code strategy} says where it came from: {@code als} (the model's list, fresh
 * after fold-in), {@code cold-start} (audio neighbours of what they played or picked, blended with
 * the popular tracks of their genres) or {@code popular} (nothing known about them).
 */
public record Recommendations(String userId, Integer modelVersion, String strategy, boolean knownUser, List<RankedItem> items) {
}

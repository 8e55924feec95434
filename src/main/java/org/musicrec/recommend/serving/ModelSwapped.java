package org.musicrec.recommend.serving;

import java.time.Instant;

/**
 * CDI event: this instance now serves {@code modelId}, whose training snapshot was read from
 * {@code snapshotAt} on (null for a model stored before that was recorded). Users whose events were
 * applied after it are not reflected in the model's precomputed lists.
 */
public record ModelSwapped(String modelId, Instant snapshotAt) {
}

package org.musicrec.recommend.model;

/** CDI event: {@code modelId} (version {@code version}) became the active model on this instance's request. */
public record ModelActivated(String modelId, int version) {
}

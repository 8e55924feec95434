package org.musicrec.recommend.als;

/**
 * One checkpointable piece of training: solve rows {@code [firstRow, endRow)} of {@code side} in
 * {@code iteration} (0-based), holding the other side's factors fixed.
 */
public record WorkUnit(int ordinal, int iteration, Side side, int block, int firstRow, int endRow) {
}

package org.musicrec.audio.batch;

/** One track's features on their way to the store. */
record ExtractedTrack(long trackId, String audioPath, double[] features) {
}

package org.musicrec.catalog.query;

/** A page of the track search: text (title or artist), genre (sub-genres included), artist id. Nulls mean "any". */
public record TrackSearch(String text, Integer genre, Long artist, int page, int size) {
}

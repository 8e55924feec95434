/**
 * The rules every list obeys, whichever way it was made (precomputed, folded in, cold start,
 * similar tracks, radio): tracks the listener disliked, tracks the request excludes and tracks an
 * operator hid never appear; one artist fills at most a set share of a list; a radio never repeats a
 * track nor plays one artist twice in a row. Plain Java: no framework class.
 */
package org.musicrec.recommend.rules;

/** Replay of listening histories (HetRec Last.fm, MovieLens, generic CSV) as activity events with stable ids. */
package org.musicrec.events.replay;

package org.musicrec.events.replay;

import java.time.Instant;
import org.musicrec.events.ActivityType;

/** One line of a history as its format states it, ids still in the source's own terms. */
record ParsedLine(String user, String item, ActivityType type, Integer rating, int count, Instant at) {
}

package org.musicrec.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event id a replayed history gives each line: {@code replay:<source>:<line>}, where the source is a
 * 16-hex digest of the replayed file (and its mapping). Sending the same file again produces the same
 * ids, so the interaction store can recognise a re-send by (source, line) just as it recognises a
 * redelivery by (partition, offset). Ids of this form are reserved for replays.
 */
public record ReplayId(String source, long line) {

    private static final Pattern FORM = Pattern.compile("replay:([0-9a-f]{16}):([1-9][0-9]{0,11})");

    public ReplayId {
        if (!source.matches("[0-9a-f]{16}") || line < 1) {
            throw new IllegalArgumentException("bad replay id parts: " + source + ", " + line);
        }
    }

    public String eventId() {
        return "replay:" + source + ":" + line;
    }

    public static Optional<ReplayId> parse(String eventId) {
        Matcher m = FORM.matcher(eventId);
        return m.matches() ? Optional.of(new ReplayId(m.group(1), Long.parseLong(m.group(2)))) : Optional.empty();
    }
}

package org.musicrec.events.replay;

import java.time.Instant;
import org.musicrec.events.ActivityType;

/**
 * {@code userID\tartistID\tweight}: one summarised {@code play} event per user-artist pair with
 * {@code count = weight}. The data set carries no times; every event is dated {@link #AT} (the
 * data set's release, May 2011) so that a replay is deterministic.
 */
final class HetRecLineParser implements LineParser {

    static final Instant AT = Instant.parse("2011-05-01T00:00:00Z");

    private final ReplayLimits limits;

    HetRecLineParser(ReplayLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean header(String firstLine) {
        return firstLine.startsWith("userID");
    }

    @Override
    public ParsedLine parse(String line) throws RejectedLine {
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
            throw new RejectedLine("expected 3 tab-separated fields (userID, artistID, weight), got " + f.length);
        }
        int weight = (int) LineParser.number(f[2], "weight", 1, limits.maxCount());
        return new ParsedLine(LineParser.numericId(f[0], "userID"), LineParser.numericId(f[1], "artistID"),
                ActivityType.PLAY, null, weight, AT);
    }
}

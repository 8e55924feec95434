package org.musicrec.events.replay;

import java.time.Instant;
import org.musicrec.events.ActivityType;

/** {@code user item rating timestamp} (MovieLens {@code u.data}): one {@code rate} event at that time. */
final class MovieLensLineParser implements LineParser {

    /** Year 3000: anything later is a corrupt timestamp, not a rating. */
    private static final long MAX_EPOCH_SECOND = 32_503_680_000L;

    MovieLensLineParser(ReplayLimits limits) {
    }

    @Override
    public boolean header(String firstLine) {
        return false;
    }

    @Override
    public ParsedLine parse(String line) throws RejectedLine {
        String[] f = line.trim().split("\\s+");
        if (f.length != 4) {
            throw new RejectedLine("expected 4 fields (user item rating timestamp), got " + f.length);
        }
        int rating = (int) LineParser.number(f[2], "rating", 1, 5);
        long at = LineParser.number(f[3], "timestamp", 0, MAX_EPOCH_SECOND);
        return new ParsedLine(LineParser.numericId(f[0], "user"), LineParser.numericId(f[1], "item"),
                ActivityType.RATE, rating, 1, Instant.ofEpochSecond(at));
    }
}

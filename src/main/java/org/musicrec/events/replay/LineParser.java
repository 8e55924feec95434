package org.musicrec.events.replay;

/** Turns the lines of one history format into {@link ParsedLine}s. */
interface LineParser {

    /**
     * Looks at the first line: returns true when it is a header (not an event).
     * @throws UnusableHistoryException when the format needs a header and this one cannot be used
     */
    boolean header(String firstLine);

    ParsedLine parse(String line) throws RejectedLine;

    static LineParser of(ReplayFormat format, ReplayLimits limits) {
        return switch (format) {
            case HETREC -> new HetRecLineParser(limits);
            case MOVIELENS -> new MovieLensLineParser(limits);
            case CSV -> new CsvLineParser(limits);
        };
    }

    static String id(String raw, String what, ReplayLimits limits) throws RejectedLine {
        String s = raw.trim();
        if (s.isEmpty()) {
            throw new RejectedLine(what + " is empty");
        }
        if (s.length() > limits.maxIdChars()) {
            throw new RejectedLine(what + " is longer than " + limits.maxIdChars() + " characters");
        }
        return s;
    }

    static String numericId(String raw, String what) throws RejectedLine {
        String s = raw.trim();
        if (!s.matches("[0-9]{1,12}")) {
            throw new RejectedLine(what + " must be a whole number, got '" + abbreviate(s) + "'");
        }
        return s;
    }

    static long number(String raw, String what, long min, long max) throws RejectedLine {
        String s = raw.trim();
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new RejectedLine(what + " must be a whole number, got '" + abbreviate(s) + "'");
        }
        if (v < min || v > max) {
            throw new RejectedLine(what + " must be from " + min + " to " + max + ", got " + v);
        }
        return v;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}

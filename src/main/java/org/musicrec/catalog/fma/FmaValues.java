package org.musicrec.catalog.fma;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts FMA cell text to values. Every method takes a non-empty cell and throws
 * {@link IllegalArgumentException} with a short reason when the text does not fit, so the caller
 * can name file, line and column.
 */
public final class FmaValues {
    private static final DateTimeFormatter ISO_SPACE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT);
    private static final DateTimeFormatter ISO_T = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter US_DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/uuuu h:mm[:ss] a").toFormatter(Locale.US);
    private static final DateTimeFormatter US_DATE_TIME_24 = DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]", Locale.ROOT);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT);
    private static final DateTimeFormatter ISO_OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private FmaValues() {
    }

    /** Integers, also written by pandas as {@code 21.0} when the column held a missing value. */
    public static long parseLong(String text) {
        String s = text.trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            double d = parseDouble(s);
            if (d != Math.rint(d) || Math.abs(d) > 9e15) {
                throw new IllegalArgumentException("not an integer: " + PythonLiteral.abbreviate(s));
            }
            return (long) d;
        }
    }

    public static int parseInt(String text) {
        long v = parseLong(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("out of range: " + v);
        }
        return (int) v;
    }

    public static double parseDouble(String text) {
        try {
            double d = Double.parseDouble(text.trim());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("not a finite number: " + text);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + PythonLiteral.abbreviate(text));
        }
    }

    /** {@code [21, 76]} (also {@code ['21']}) as integers. */
    public static List<Integer> intList(String text) {
        List<Integer> out = new ArrayList<>();
        for (Object o : list(text)) {
            if (o instanceof Long l) {
                out.add(Math.toIntExact(l));
            } else if (o instanceof String s) {
                out.add(parseInt(s));
            } else {
                throw new IllegalArgumentException("not an integer in list: " + o);
            }
        }
        return out;
    }

    /** {@code ['rock', "rock'n'roll"]} as strings (numbers are kept as their text). */
    public static List<String> stringList(String text) {
        List<String> out = new ArrayList<>();
        for (Object o : list(text)) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

    /** raw_tracks' {@code track_genres}: a list of {@code {'genre_id': '21', 'genre_title': ...}} objects. */
    public static List<Integer> genreIdsOfObjects(String text) {
        List<Integer> ids = new ArrayList<>();
        for (Object o : list(text)) {
            if (!(o instanceof Map<?, ?> m) || m.get("genre_id") == null) {
                throw new IllegalArgumentException("genre entry without genre_id: " + PythonLiteral.abbreviate(String.valueOf(o)));
            }
            ids.add(parseInt(m.get("genre_id").toString()));
        }
        return ids;
    }

    private static List<?> list(String text) {
        Object v = PythonLiteral.parse(text);
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("not a list: " + PythonLiteral.abbreviate(text));
        }
        return l;
    }

    /** Seconds from {@code 168}, {@code 168.0}, {@code 02:48} or {@code 1:02:48}. */
    public static int durationSeconds(String text) {
        String s = text.trim();
        if (s.indexOf(':') < 0) {
            return (int) Math.round(parseDouble(s));
        }
        String[] parts = s.split(":", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("not a duration: " + s);
        }
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            long v = parseLong(parts[i]);
            if (v < 0 || (i > 0 && v >= 60)) {
                throw new IllegalArgumentException("not a duration: " + s);
            }
            total = total * 60 + v;
        }
        return Math.toIntExact(total);
    }

    /**
     * An ISO local date-time ({@code 2008-11-26T01:48:12}) from any of FMA's formats:
     * {@code 2008-11-26 01:48:12}, {@code 11/26/2008 01:48:12 AM}, {@code 2009-01-05},
     * {@code 01/05/2009}, or a bare year {@code 2006} (taken as 1 January, as tracks.csv does).
     */
    public static String dateTime(String text) {
        String s = text.trim();
        try {
            LocalDateTime t;
            if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
                t = LocalDate.of(Integer.parseInt(s), 1, 1).atStartOfDay();
            } else if (s.indexOf('/') >= 0) {
                String upper = s.toUpperCase(Locale.ROOT);
                if (upper.endsWith("AM") || upper.endsWith("PM")) {
                    t = LocalDateTime.parse(s, US_DATE_TIME);
                } else if (s.indexOf(':') >= 0) {
                    t = LocalDateTime.parse(s, US_DATE_TIME_24);
                } else {
                    t = LocalDate.parse(s, US_DATE).atStartOfDay();
                }
            } else if (s.indexOf('T') >= 0) {
                t = LocalDateTime.parse(s, ISO_T);
            } else if (s.indexOf(':') >= 0) {
                t = LocalDateTime.parse(s, ISO_SPACE);
            } else {
                t = LocalDate.parse(s).atStartOfDay();
            }
            return ISO_OUT.format(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + PythonLiteral.abbreviate(s));
        }
    }

    /** The year of any date {@link #dateTime} accepts. */
    public static int year(String text) {
        return Integer.parseInt(dateTime(text).substring(0, 4));
    }
}

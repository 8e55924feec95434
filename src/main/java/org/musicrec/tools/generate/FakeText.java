package org.musicrec.tools.generate;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The text of generated FMA rows, with the awkward cases real files have: names with accents,
 * other scripts and emoji, commas and quotes in titles, HTML with embedded newlines, Python list
 * literals quoted the way Python's repr quotes them, and each file's own date format.
 */
final class FakeText {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "zu", "ve", "no", "ti", "sa", "dor",
        "bel", "fin", "gro", "har", "jul", "kel", "mor", "pan", "quo", "ste"};
    private static final String[] ODD_NAMES = {"Fósforo", "Hans Grüsel's Krankenkabinet", "Sigur Ósk",
        "Łódź Ensemble", "Ñandú", "Zoë & the Ça Va", "音楽団", "Звуковой Сад", "Ελληνική Ορχήστρα", "Café 🎵 Tacvba",
        "Mötley Ünïcode", "Dvořák Jr."};
    private static final String[] WORDS = {"Night", "Blue", "River", "Echo", "Glass", "Paper", "Fire", "Sleep",
        "Signal", "Morning", "Static", "Garden", "Machine", "Ghost", "Summer", "Salt", "Wire", "Honey"};
    static final String[] LICENSES = {"Attribution-NonCommercial-ShareAlike 3.0 International",
        "Attribution-NonCommercial-NoDerivatives (aka Music Sharing) 3.0 International",
        "Attribution-Noncommercial-Share Alike 3.0 United States", "Attribution", "Creative Commons Attribution 4.0",
        "Attribution-Noncommercial-No Derivative Works 2.0 UK: England "};
    static final String[] ALBUM_TYPES = {"Album", "Single Tracks", "Live Performance", "Radio Program", ""};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm:ss a", Locale.US);
    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

    private FakeText() {
    }

    static String name(SplittableRandom r, int index) {
        if (index % 13 == 4) {
            return ODD_NAMES[(index / 13) % ODD_NAMES.length];
        }
        if (index % 17 == 6) {
            return "The \"" + word(r) + "s\", " + capitalised(r);
        }
        return capitalised(r) + (r.nextBoolean() ? " " + capitalised(r) : "");
    }

    static String title(SplittableRandom r, int index) {
        return switch (index % 11) {
            case 3 -> word(r) + ", " + word(r) + " (Part " + (1 + r.nextInt(4)) + ")";
            case 5 -> "\"" + word(r) + "\" in " + word(r);
            case 7 -> ODD_NAMES[(index / 11) % ODD_NAMES.length] + " " + word(r);
            case 9 -> word(r) + " & " + word(r) + "'s <b>Mix</b>";
            default -> word(r) + " " + word(r);
        };
    }

    /** HTML as FMA stores descriptions; every other one spans lines. */
    static String html(SplittableRandom r, int index) {
        String p = "<p>" + word(r) + ", " + word(r).toLowerCase(Locale.ROOT) + " &amp; " + word(r) + ".</p>";
        return index % 2 == 0 ? p + "\n<p>More at <a href=\"http://example.org/" + index + "\">here</a>, thanks!</p>" : p;
    }

    static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String capitalised(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    /** A list literal as Python's repr writes it: {@code ['a', "b's"]}. */
    static String pyList(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String s : items) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(pyString(s));
        }
        return sb.append(']').toString();
    }

    static String pyString(String s) {
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            return "\"" + s.replace("\\", "\\\\") + "\"";
        }
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String tags(SplittableRandom r, int index) {
        return switch (index % 5) {
            case 0 -> "[]";
            case 1 -> pyList(List.of(word(r).toLowerCase(Locale.ROOT)));
            case 2 -> pyList(List.of("rock'n'roll", word(r).toLowerCase(Locale.ROOT)));
            case 3 -> pyList(List.of("say \"hi\"", "it's"));
            default -> pyList(List.of(word(r).toLowerCase(Locale.ROOT), "lo fi", "münchen"));
        };
    }

    /** A time between 2008 and 2017, as FMA's uploads are. */
    static LocalDateTime timestamp(SplittableRandom r) {
        return LocalDateTime.of(2008, 1, 1, 0, 0).plusSeconds(r.nextLong(9L * 365 * 24 * 3600));
    }

    /** tracks.csv and genres.csv: {@code 2008-11-26 01:48:12}. */
    static String iso(LocalDateTime t) {
        return t == null ? "" : ISO.format(t);
    }

    /** raw_* files: {@code 11/26/2008 01:48:12 AM}. */
    static String us(LocalDateTime t) {
        return t == null ? "" : US.format(t);
    }

    /** raw_albums' release day: {@code 01/05/2009}. */
    static String usDay(LocalDateTime t) {
        return t == null ? "" : US_DAY.format(t);
    }

    /** raw_tracks' durations: {@code 02:48}, or {@code 1:02:48} past the hour. */
    static String minutesSeconds(int seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}

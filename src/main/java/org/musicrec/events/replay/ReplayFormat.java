package org.musicrec.events.replay;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The history formats a replay reads, and the namespace their ids get when no mapping is given. */
public enum ReplayFormat {
    /** HetRec 2011 Last.fm {@code user_artists.dat}: {@code userID\tartistID\tweight}, header line. */
    HETREC("lastfm"),
    /** MovieLens {@code u.data}: {@code user item rating timestamp}, whitespace separated, no header. */
    MOVIELENS("ml100k"),
    /** {@code user,track,type,at[,count,rating]} with a header naming the columns; ids used as written. */
    CSV("");

    private final String namespace;

    ReplayFormat(String namespace) {
        this.namespace = namespace;
    }

    /** Prefixes a source id with the format's namespace ({@code lastfm:51}); CSV ids stay as written. */
    public String namespaced(String id) {
        return namespace.isEmpty() ? id : namespace + ":" + id;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReplayFormat> parse(String s) {
        for (ReplayFormat f : values()) {
            if (f.cliName().equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format given (a {@link #cliName}), or the one detected from the file name when none is given. */
    public static ReplayFormat resolve(Path file, String given) {
        return given == null || given.isBlank()
                ? detect(file).orElseThrow(() -> new IllegalArgumentException("cannot tell the format of " + file + "; set format"))
                : parse(given).orElseThrow(() -> new IllegalArgumentException("format must be hetrec, movielens or csv, was " + given));
    }

    /** Guesses from the file name: {@code user_artists.dat}, {@code *.data}, {@code *.csv}. */
    public static Optional<ReplayFormat> detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("user_artists")) {
            return Optional.of(HETREC);
        }
        if (name.endsWith(".data")) {
            return Optional.of(MOVIELENS);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}

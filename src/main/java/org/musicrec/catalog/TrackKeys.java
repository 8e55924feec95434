package org.musicrec.catalog;

import java.util.regex.Pattern;

/**
 * How a track id as events carry it (always text) becomes the {@code _id} of its document in
 * {@code tracks}: FMA catalogue ids are numbers ({@code "2"} is {@code _id: 2}), while placeholder
 * tracks created for replayed items keep their namespaced text id ({@code "lastfm:51"}).
 */
public final class TrackKeys {

    private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,18}");

    private TrackKeys() {
    }

    public static Object documentId(String trackId) {
        return NUMERIC.matcher(trackId).matches() ? (Object) Long.parseLong(trackId) : trackId;
    }

    /** The id as events carry it, from a stored {@code _id} of either form. */
    public static String trackId(Object documentId) {
        return documentId instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(documentId);
    }
}

package org.musicrec.catalog;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test sink keeping one entity per id in memory, merging each write's non-null fields into what
 * is there, as the Mongo sink's {@code $set} upserts do; and every problem.
 */
public class InMemoryCatalogSink implements CatalogSink {
    public final Map<Integer, Genre> genres = new TreeMap<>();
    public final Map<Long, Artist> artists = new TreeMap<>();
    public final Map<Long, Album> albums = new TreeMap<>();
    public final Map<Long, Track> tracks = new TreeMap<>();
    public final List<String> problems = new ArrayList<>();
    public int batches;

    @Override
    public void upsertGenres(List<Genre> list) {
        batches++;
        list.forEach(g -> genres.merge(g.getId(), g, InMemoryCatalogSink::mergeInto));
    }

    @Override
    public void upsertArtists(List<Artist> list) {
        batches++;
        list.forEach(a -> artists.merge(a.getId(), a, InMemoryCatalogSink::mergeInto));
    }

    @Override
    public void upsertAlbums(List<Album> list) {
        batches++;
        list.forEach(a -> albums.merge(a.getId(), a, InMemoryCatalogSink::mergeInto));
    }

    @Override
    public void upsertTracks(List<Track> list) {
        batches++;
        list.forEach(t -> tracks.merge(t.getId(), t, InMemoryCatalogSink::mergeInto));
    }

    /** Copies the non-null fields of {@code update} onto {@code existing}. */
    static <T> T mergeInto(T existing, T update) {
        try {
            for (Field f : existing.getClass().getDeclaredFields()) {
                f.setAccessible(true);
                Object v = f.get(update);
                if (v != null && !(v instanceof Boolean b && !b)) {
                    f.set(existing, v);
                }
            }
            return existing;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void recordProblem(String file, long line, String reason) {
        problems.add(file + ":" + line + ": " + reason);
    }
}

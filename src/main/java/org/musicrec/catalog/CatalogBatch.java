package org.musicrec.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Entities on their way to a {@link CatalogSink}, grouped by kind. Also what one converted row
 * becomes: a tracks.csv row yields a track plus the artist and album it first mentions.
 */
public final class CatalogBatch {
    private final List<Genre> genres = new ArrayList<>();
    private final List<Artist> artists = new ArrayList<>();
    private final List<Album> albums = new ArrayList<>();
    private final List<Track> tracks = new ArrayList<>();

    public CatalogBatch add(Object entity) {
        if (entity instanceof Genre g) {
            genres.add(g);
        } else if (entity instanceof Artist a) {
            artists.add(a);
        } else if (entity instanceof Album a) {
            albums.add(a);
        } else if (entity instanceof Track t) {
            tracks.add(t);
        } else if (entity instanceof CatalogBatch b) {
            addAll(b);
        } else if (entity != null) {
            throw new IllegalArgumentException("not a catalogue entity: " + entity.getClass().getName());
        }
        return this;
    }

    public CatalogBatch addAll(CatalogBatch other) {
        genres.addAll(other.genres);
        artists.addAll(other.artists);
        albums.addAll(other.albums);
        tracks.addAll(other.tracks);
        return this;
    }

    /** Groups a chunk's items (entities or batches), as a batch writer receives them. */
    public static CatalogBatch of(List<?> items) {
        CatalogBatch batch = new CatalogBatch();
        items.forEach(batch::add);
        return batch;
    }

    public List<Genre> genres() {
        return genres;
    }

    public List<Artist> artists() {
        return artists;
    }

    public List<Album> albums() {
        return albums;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public int size() {
        return genres.size() + artists.size() + albums.size() + tracks.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public void clear() {
        genres.clear();
        artists.clear();
        albums.clear();
        tracks.clear();
    }
}

package org.musicrec.catalog;

import java.util.List;

/**
 * Where an import puts the catalogue: the port between the FMA readers and a store. Every upsert
 * is by id and writes only the non-null fields it is given, so loading the same file twice leaves
 * one document per id and keeps fields other stages wrote (audio path, features).
 */
public interface CatalogSink {
    void upsertGenres(List<Genre> genres);

    void upsertArtists(List<Artist> artists);

    void upsertAlbums(List<Album> albums);

    void upsertTracks(List<Track> tracks);

    /** A row that was skipped: {@code line} is the physical line it starts on. */
    void recordProblem(String file, long line, String reason);

    /** A sink that stores nothing: a dry run, where the import's report alone says what would load. */
    static CatalogSink discarding() {
        return new CatalogSink() {
            @Override
            public void upsertGenres(List<Genre> genres) {
            }

            @Override
            public void upsertArtists(List<Artist> artists) {
            }

            @Override
            public void upsertAlbums(List<Album> albums) {
            }

            @Override
            public void upsertTracks(List<Track> tracks) {
            }

            @Override
            public void recordProblem(String file, long line, String reason) {
            }
        };
    }

    /** Writes a batch kind by kind in dependency order. */
    default void write(CatalogBatch batch) {
        if (!batch.genres().isEmpty()) {
            upsertGenres(batch.genres());
        }
        if (!batch.artists().isEmpty()) {
            upsertArtists(batch.artists());
        }
        if (!batch.albums().isEmpty()) {
            upsertAlbums(batch.albums());
        }
        if (!batch.tracks().isEmpty()) {
            upsertTracks(batch.tracks());
        }
    }
}

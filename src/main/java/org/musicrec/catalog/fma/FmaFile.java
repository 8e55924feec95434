package org.musicrec.catalog.fma;

import java.util.List;
import java.util.Optional;
import org.musicrec.catalog.CatalogKind;

/** The metadata files of {@code fma_metadata.zip} this importer understands, in load order. */
public enum FmaFile {
    GENRES("genres.csv", CatalogKind.GENRES, false, List.of("genre_id", "parent", "title", "top_level")),
    RAW_GENRES("raw_genres.csv", CatalogKind.GENRES, false, List.of("genre_id", "genre_parent_id", "genre_title")),
    RAW_ARTISTS("raw_artists.csv", CatalogKind.ARTISTS, false, List.of("artist_id", "artist_name")),
    RAW_ALBUMS("raw_albums.csv", CatalogKind.ALBUMS, false, List.of("album_id", "album_title")),
    TRACKS("tracks.csv", CatalogKind.TRACKS, true, List.of("track_id", "track.title", "artist.id", "track.genres")),
    RAW_TRACKS("raw_tracks.csv", CatalogKind.TRACKS, false, List.of("track_id", "track_title", "artist_id"));

    private final String fileName;
    private final CatalogKind kind;
    private final boolean threeRowHeader;
    private final List<String> requiredColumns;

    FmaFile(String fileName, CatalogKind kind, boolean threeRowHeader, List<String> requiredColumns) {
        this.fileName = fileName;
        this.kind = kind;
        this.threeRowHeader = threeRowHeader;
        this.requiredColumns = requiredColumns;
    }

    public String fileName() {
        return fileName;
    }

    /** The main kind of entity a row of this file becomes. */
    public CatalogKind kind() {
        return kind;
    }

    /** tracks.csv's header is three rows: column group, field name, then {@code track_id}. */
    public boolean threeRowHeader() {
        return threeRowHeader;
    }

    /** Columns without which the file is unusable (checked once, against the header). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public static Optional<FmaFile> byFileName(String name) {
        for (FmaFile f : values()) {
            if (f.fileName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

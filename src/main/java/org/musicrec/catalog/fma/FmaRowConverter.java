package org.musicrec.catalog.fma;

import java.util.HashSet;
import java.util.Set;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogBatch;
import org.musicrec.catalog.SearchKeys;
import org.musicrec.catalog.Track;

/**
 * Turns one row of a given FMA file into catalogue entities: the processor of an import. A track
 * row also yields its artist and album the first time this converter sees them, so a folder with
 * only tracks.csv still fills all four kinds. When the plan also loads raw_artists.csv, a track
 * row adds nothing to its artist, and when it loads raw_albums.csv, only the album's artist id
 * (which raw_albums.csv lacks): re-sending whole entities would double the writes for nothing.
 * Remembering ids seen is only an optimisation: a restarted converter re-emits them, and the
 * upserts make that harmless.
 */
public final class FmaRowConverter {
    /** Beyond this many remembered ids the converter re-emits rather than grow without bound. */
    private static final int MAX_REMEMBERED = 1_000_000;

    private final FmaFile file;
    private final boolean artistsFromRaw;
    private final boolean albumsFromRaw;
    private final Set<Long> artistsSeen = new HashSet<>();
    private final Set<Long> albumsSeen = new HashSet<>();

    /** A converter for a file loaded alone (a track row yields whole artists and albums). */
    public FmaRowConverter(FmaFile file) {
        this(file, Set.of(file));
    }

    /** @param plan all files of this import, which decides what a track row adds to artists and albums */
    public FmaRowConverter(FmaFile file, Set<FmaFile> plan) {
        this.file = file;
        this.artistsFromRaw = plan.contains(FmaFile.RAW_ARTISTS);
        this.albumsFromRaw = plan.contains(FmaFile.RAW_ALBUMS);
    }

    public FmaFile file() {
        return file;
    }

    public CatalogBatch convert(CsvRow row) throws MalformedRowException {
        CatalogBatch out = new CatalogBatch();
        switch (file) {
            case GENRES -> out.add(EntityRows.genre(row));
            case RAW_GENRES -> out.add(EntityRows.rawGenre(row));
            case RAW_ARTISTS -> out.add(EntityRows.artist(row, "artist_", "tags"));
            case RAW_ALBUMS -> out.add(EntityRows.album(row, "album_", "artist_", "tags"));
            case TRACKS -> {
                Track t = TrackRows.fromTracksCsv(row);
                if (!artistsFromRaw && isNew(artistsSeen, t.getArtistId())) {
                    out.add(EntityRows.artist(row, "artist.", "artist.tags"));
                }
                if (isNew(albumsSeen, t.getAlbumId())) {
                    out.add(albumsFromRaw ? albumLink(t) : EntityRows.album(row, "album.", "artist.", "album.tags"));
                }
                out.add(t);
                remember(t);
            }
            case RAW_TRACKS -> {
                Track t = TrackRows.fromRawTracks(row);
                if (!artistsFromRaw && isNew(artistsSeen, t.getArtistId())) {
                    Artist a = new Artist();
                    a.setId(t.getArtistId());
                    a.setName(t.getArtistName());
                    a.setSearchKey(SearchKeys.of(t.getArtistName()));
                    out.add(a);
                }
                if (isNew(albumsSeen, t.getAlbumId())) {
                    Album a = albumLink(t);
                    if (!albumsFromRaw) {
                        a.setTitle(t.getAlbumTitle());
                        a.setArtistName(t.getArtistName());
                    }
                    out.add(a);
                }
                out.add(t);
                remember(t);
            }
            default -> throw new IllegalStateException("unhandled file " + file);
        }
        return out;
    }

    private static Album albumLink(Track t) {
        Album a = new Album();
        a.setId(t.getAlbumId());
        a.setArtistId(t.getArtistId());
        return a;
    }

    private static boolean isNew(Set<Long> seen, Long id) {
        return id != null && !seen.contains(id);
    }

    /** Only after the whole row converted: a bad first row must not hide its artist from later rows. */
    private void remember(Track t) {
        if (t.getArtistId() != null && artistsSeen.size() < MAX_REMEMBERED) {
            artistsSeen.add(t.getArtistId());
        }
        if (t.getAlbumId() != null && albumsSeen.size() < MAX_REMEMBERED) {
            albumsSeen.add(t.getAlbumId());
        }
    }
}

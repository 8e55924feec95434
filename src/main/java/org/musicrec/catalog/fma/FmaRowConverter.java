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
 * only tracks.csv still fills all four kinds. Remembering ids seen is only an optimisation: a
 * restarted converter re-emits them, and the upserts make that harmless.
 */
public final class FmaRowConverter {
    /** Beyond this many remembered ids the converter re-emits rather than grow without bound. */
    private static final int MAX_REMEMBERED = 1_000_000;

    private final FmaFile file;
    private final Set<Long> artistsSeen = new HashSet<>();
    private final Set<Long> albumsSeen = new HashSet<>();

    public FmaRowConverter(FmaFile file) {
        this.file = file;
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
                if (isNew(artistsSeen, t.getArtistId())) {
                    out.add(EntityRows.artist(row, "artist.", "artist.tags"));
                }
                if (isNew(albumsSeen, t.getAlbumId())) {
                    out.add(EntityRows.album(row, "album.", "artist.", "album.tags"));
                }
                out.add(t);
                remember(t);
            }
            case RAW_TRACKS -> {
                Track t = TrackRows.fromRawTracks(row);
                if (isNew(artistsSeen, t.getArtistId())) {
                    Artist a = new Artist();
                    a.setId(t.getArtistId());
                    a.setName(t.getArtistName());
                    a.setSearchKey(SearchKeys.of(t.getArtistName()));
                    out.add(a);
                }
                if (isNew(albumsSeen, t.getAlbumId())) {
                    Album a = new Album();
                    a.setId(t.getAlbumId());
                    a.setTitle(t.getAlbumTitle());
                    a.setArtistId(t.getArtistId());
                    a.setArtistName(t.getArtistName());
                    out.add(a);
                }
                out.add(t);
                remember(t);
            }
            default -> throw new IllegalStateException("unhandled file " + file);
        }
        return out;
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

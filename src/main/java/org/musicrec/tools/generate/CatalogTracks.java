package org.musicrec.tools.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogSink;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.Track;
import org.musicrec.catalog.fma.CatalogImporter;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaSource;
import org.musicrec.catalog.fma.ImportOptions;
import org.musicrec.catalog.fma.ImportReport;

/**
 * The tracks of an FMA metadata set as {@code catalog-import} will store them: read with the
 * catalogue's own importer (tracks.csv only) into memory, so that the demo's clips and history only
 * name tracks the import accepts (the rows it skips as malformed get neither).
 */
public record CatalogTracks(List<Entry> tracks, long skippedRows) {

    /** @param topGenre FMA's genre_top, null when the track has none (several roots, or no genre) */
    public record Entry(long id, String topGenre, Long artistId) {
    }

    public static final int MAX_TRACKS = 2_000_000;

    public static CatalogTracks read(Path metadata) throws IOException {
        List<Entry> found = new ArrayList<>();
        CatalogSink collect = new CatalogSink() {
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
                synchronized (found) {
                    if (found.size() + tracks.size() > MAX_TRACKS) {
                        throw new IllegalArgumentException("more than " + MAX_TRACKS + " tracks in " + metadata);
                    }
                    for (Track t : tracks) {
                        found.add(new Entry(t.getId(), blankToNull(t.getTopGenre()), t.getArtistId()));
                    }
                }
            }

            @Override
            public void recordProblem(String file, long line, String reason) {
            }
        };
        ImportReport report;
        try (FmaSource source = FmaSource.open(metadata)) {
            if (!source.has(FmaFile.TRACKS)) {
                throw new IOException(metadata + " has no tracks.csv");
            }
            report = new CatalogImporter(collect, ImportOptions.DEFAULT.withFiles(Set.of(FmaFile.TRACKS)), n -> { })
                    .importAll(source);
        }
        // One entry per id, in id order (a re-listed id keeps its last row, as the upsert does).
        Map<Long, Entry> byId = new TreeMap<>();
        synchronized (found) {
            found.forEach(e -> byId.put(e.id(), e));
        }
        return new CatalogTracks(Collections.unmodifiableList(new ArrayList<>(byId.values())),
                report.skipped().values().stream().mapToLong(Long::longValue).sum());
    }

    /** Top-level genre per track, for the tracks that have one. */
    public Map<Long, String> genreByTrack() {
        Map<Long, String> m = new TreeMap<>();
        tracks.stream().filter(e -> e.topGenre() != null).forEach(e -> m.put(e.id(), e.topGenre()));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

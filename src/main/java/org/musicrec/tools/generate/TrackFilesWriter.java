package org.musicrec.tools.generate;

import org.musicrec.catalog.fma.FmaColumns;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/** Writes tracks.csv and raw_tracks.csv side by side, one pass over the layout's groups. */
final class TrackFilesWriter {
    private final CatalogLayout layout;
    private final FakeEntities fakes;
    private final SyntheticGenres genres;
    private final BitSet corrupt;
    private final Map<Integer, Integer> nodeIndex = new HashMap<>();

    TrackFilesWriter(CatalogLayout layout, FakeEntities fakes, SyntheticGenres genres, BitSet corrupt) {
        this.layout = layout;
        this.fakes = fakes;
        this.genres = genres;
        this.corrupt = corrupt;
        for (int i = 0; i < genres.nodes().size(); i++) {
            nodeIndex.put(genres.byIndex(i).id(), i);
        }
    }

    /** @return tracks per genre (node index), counting each genre of {@code genres_all}, as genres.csv does */
    long[] write(Path tracksCsv, Path rawTracksCsv) throws IOException {
        long[] counts = new long[genres.nodes().size()];
        RowBuilder row = new RowBuilder(FmaColumns.TRACKS);
        RowBuilder raw = new RowBuilder(FmaColumns.RAW_TRACKS);
        try (Writer w = Files.newBufferedWriter(tracksCsv, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FmaMetadataGenerator.FORMAT);
             CSVPrinter rawOut = FmaMetadataGenerator.printer(rawTracksCsv, FmaColumns.RAW_TRACKS)) {
            // The three-row header, written by hand: a printer would quote the leading empty cell.
            w.write("," + FmaColumns.TRACKS.stream().map(c -> c.substring(0, c.indexOf('.'))).collect(Collectors.joining(",")) + "\n");
            w.write("," + FmaColumns.TRACKS.stream().map(c -> c.substring(c.indexOf('.') + 1)).collect(Collectors.joining(",")) + "\n");
            w.write("track_id" + ",".repeat(FmaColumns.TRACKS.size()) + "\n");
            int k = 0;
            for (int g = 0; g < layout.groups(); g++) {
                int a = layout.groupArtist[g];
                FakeEntities.Artist artist = fakes.artist(a);
                FakeEntities.Album album = g < layout.albums ? fakes.album(g, layout.groupSize[g]) : null;
                for (int n = 1; n <= layout.groupSize[g]; n++, k++) {
                    FakeEntities.Track t = fakes.track(k, n, layout.artistGenre[a]);
                    if (!corrupt.get(k)) {
                        t.genresAll().forEach(id -> counts[nodeIndex.get(id)]++);
                    }
                    fill(row, t, artist, album, corrupt.get(k) ? k % 3 : -1);
                    out.print(t.id());
                    out.printRecord(row.values());
                    fillRaw(raw, t, artist, album);
                    rawOut.printRecord(raw.values());
                }
            }
        }
        return counts;
    }

    private static void fill(RowBuilder row, FakeEntities.Track t, FakeEntities.Artist ar, FakeEntities.Album al, int corruption) {
        row.clear();
        if (al != null) {
            row.set("album.comments", al.comments()).set("album.date_created", FakeText.iso(al.created()))
                    .set("album.date_released", FakeText.iso(al.released())).set("album.engineer", al.engineer())
                    .set("album.favorites", al.favorites()).set("album.id", al.id())
                    .set("album.information", al.information()).set("album.listens", al.listens())
                    .set("album.producer", al.producer()).set("album.tags", al.tags()).set("album.title", al.title())
                    .set("album.tracks", al.tracks()).set("album.type", al.type());
        }
        row.set("artist.active_year_begin", yearAsDate(ar.yearBegin())).set("artist.active_year_end", yearAsDate(ar.yearEnd()))
                .set("artist.associated_labels", ar.labels()).set("artist.bio", ar.bio())
                .set("artist.comments", ar.comments()).set("artist.date_created", FakeText.iso(ar.created()))
                .set("artist.favorites", ar.favorites()).set("artist.id", ar.id()).set("artist.latitude", ar.latitude())
                .set("artist.location", ar.location()).set("artist.longitude", ar.longitude())
                .set("artist.members", ar.members()).set("artist.name", ar.name()).set("artist.tags", ar.tags())
                .set("artist.website", ar.website());
        row.set("set.split", t.split()).set("set.subset", t.subset())
                .set("track.bit_rate", t.bitRate()).set("track.comments", t.comments()).set("track.composer", t.composer())
                .set("track.date_created", FakeText.iso(t.created())).set("track.date_recorded", FakeText.iso(t.recorded()))
                .set("track.duration", t.duration()).set("track.favorites", t.favorites())
                .set("track.genre_top", t.genreTop()).set("track.genres", t.genres()).set("track.genres_all", t.genresAll())
                .set("track.information", t.information()).set("track.interest", t.interest())
                .set("track.language_code", t.language()).set("track.license", t.license())
                .set("track.listens", t.listens()).set("track.number", t.number()).set("track.tags", t.tags())
                .set("track.title", t.title());
        switch (corruption) {
            case 0 -> row.set("track.genres", "[21, oops");
            case 1 -> row.set("track.date_created", "2008-13-45 99:99:99");
            case 2 -> row.set("track.duration", "three minutes");
            default -> { }
        }
    }

    private void fillRaw(RowBuilder raw, FakeEntities.Track t, FakeEntities.Artist ar, FakeEntities.Album al) {
        raw.clear();
        if (al != null) {
            raw.set("album_id", al.id()).set("album_title", al.title())
                    .set("album_url", "http://freemusicarchive.org/music/a/" + al.id());
        }
        raw.set("artist_id", ar.id()).set("artist_name", ar.name())
                .set("artist_url", "http://freemusicarchive.org/music/" + ar.id()).set("artist_website", ar.website())
                .set("license_title", t.license()).set("license_url", "http://creativecommons.org/licenses/by/4.0/")
                .set("tags", t.tags()).set("track_bit_rate", t.bitRate()).set("track_comments", t.comments())
                .set("track_composer", t.composer()).set("track_date_created", FakeText.us(t.created()))
                .set("track_date_recorded", FakeText.usDay(t.recorded())).set("track_disc_number", 1)
                .set("track_duration", FakeText.minutesSeconds(t.duration())).set("track_favorites", t.favorites())
                .set("track_file", "music/tracks/" + t.id() + ".mp3").set("track_genres", genreObjects(t.genres()))
                .set("track_information", t.information()).set("track_instrumental", t.id() % 2)
                .set("track_interest", t.interest()).set("track_language_code", t.language())
                .set("track_listens", t.listens()).set("track_number", t.number()).set("track_title", t.title())
                .set("track_url", "http://freemusicarchive.org/track/" + t.id()).set("track_id", t.id());
    }

    /** raw_tracks' {@code [{'genre_id': '21', 'genre_title': 'Hip-Hop', 'genre_url': ...}]}; empty when none. */
    private String genreObjects(List<Integer> ids) {
        return ids.isEmpty() ? "" : ids.stream()
                .map(id -> "{'genre_id': '" + id + "', 'genre_title': " + FakeText.pyString(genres.byId(id).title())
                        + ", 'genre_url': 'http://freemusicarchive.org/genre/" + id + "/'}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String yearAsDate(Integer year) {
        return year == null ? "" : year + "-01-01 00:00:00";
    }
}

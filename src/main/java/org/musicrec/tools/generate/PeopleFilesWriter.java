package org.musicrec.tools.generate;

import org.musicrec.catalog.fma.FmaColumns;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/** Writes raw_artists.csv and raw_albums.csv in the raw files' own formats (US dates, bare years). */
final class PeopleFilesWriter {
    private final CatalogLayout layout;
    private final FakeEntities fakes;

    PeopleFilesWriter(CatalogLayout layout, FakeEntities fakes) {
        this.layout = layout;
        this.fakes = fakes;
    }

    void write(Path rawArtists, Path rawAlbums) throws IOException {
        RowBuilder row = new RowBuilder(FmaColumns.RAW_ARTISTS);
        try (CSVPrinter out = FmaMetadataGenerator.printer(rawArtists, FmaColumns.RAW_ARTISTS)) {
            for (int a = 0; a < layout.artists; a++) {
                FakeEntities.Artist ar = fakes.artist(a);
                row.clear();
                row.set("artist_id", ar.id()).set("artist_active_year_begin", ar.yearBegin())
                        .set("artist_active_year_end", ar.yearEnd()).set("artist_associated_labels", ar.labels())
                        .set("artist_bio", ar.bio()).set("artist_comments", ar.comments())
                        .set("artist_date_created", FakeText.us(ar.created())).set("artist_favorites", ar.favorites())
                        .set("artist_handle", "artist_" + ar.id())
                        .set("artist_image_file", "https://freemusicarchive.org/file/images/artists/" + ar.id() + ".jpg")
                        .set("artist_latitude", ar.latitude()).set("artist_location", ar.location())
                        .set("artist_longitude", ar.longitude()).set("artist_members", ar.members())
                        .set("artist_name", ar.name()).set("artist_url", "http://freemusicarchive.org/music/" + ar.id())
                        .set("artist_website", ar.website()).set("tags", ar.tags());
                out.printRecord(row.values());
            }
        }
        row = new RowBuilder(FmaColumns.RAW_ALBUMS);
        try (CSVPrinter out = FmaMetadataGenerator.printer(rawAlbums, FmaColumns.RAW_ALBUMS)) {
            for (int j = 0; j < layout.albums; j++) {
                FakeEntities.Album al = fakes.album(j, layout.groupSize[j]);
                FakeEntities.Artist ar = fakes.artist(layout.albumArtist[j]);
                row.clear();
                row.set("album_id", al.id()).set("album_comments", al.comments())
                        .set("album_date_created", FakeText.us(al.created()))
                        .set("album_date_released", FakeText.usDay(al.released())).set("album_engineer", al.engineer())
                        .set("album_favorites", al.favorites()).set("album_handle", "album_" + al.id())
                        .set("album_information", al.information()).set("album_listens", al.listens())
                        .set("album_producer", al.producer()).set("album_title", al.title())
                        .set("album_tracks", al.tracks()).set("album_type", al.type())
                        .set("album_url", "http://freemusicarchive.org/music/a/" + al.id())
                        .set("artist_name", ar.name()).set("artist_url", "http://freemusicarchive.org/music/" + ar.id())
                        .set("tags", al.tags());
                out.printRecord(row.values());
            }
        }
    }
}

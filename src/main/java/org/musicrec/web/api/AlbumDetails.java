package org.musicrec.web.api;

import java.util.List;
import org.musicrec.catalog.Album;

/** One album as the API shows it. */
public record AlbumDetails(Long id, String title, Long artistId, String artistName, String type, Integer trackCount,
                           String dateReleased, String dateCreated, Integer listens, Integer favorites, List<String> tags) {

    static AlbumDetails of(Album a) {
        return new AlbumDetails(a.getId(), a.getTitle(), a.getArtistId(), a.getArtistName(), a.getType(),
                a.getTrackCount(), a.getDateReleased(), a.getDateCreated(), a.getListens(), a.getFavorites(), a.getTags());
    }
}

package org.musicrec.web.api;

import java.util.List;
import org.musicrec.catalog.Artist;

/** One artist as the API shows it (the search key stays inside). */
public record ArtistDetails(Long id, String name, String location, Double latitude, Double longitude,
                            Integer activeYearBegin, Integer activeYearEnd, String website, String bio,
                            String dateCreated, Integer favorites, List<String> tags) {

    static ArtistDetails of(Artist a) {
        return new ArtistDetails(a.getId(), a.getName(), a.getLocation(), a.getLatitude(), a.getLongitude(),
                a.getActiveYearBegin(), a.getActiveYearEnd(), a.getWebsite(), a.getBio(), a.getDateCreated(),
                a.getFavorites(), a.getTags());
    }
}

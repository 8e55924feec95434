package org.musicrec.catalog.fma;

import java.util.List;

/** The column lists of the FMA metadata files, in the order the real files have them. */
public final class FmaColumns {
    /** tracks.csv after {@code track_id}: 52 columns as group.field, grouped as the real header. */
    public static final List<String> TRACKS = List.of(
            "album.comments", "album.date_created", "album.date_released", "album.engineer", "album.favorites",
            "album.id", "album.information", "album.listens", "album.producer", "album.tags", "album.title",
            "album.tracks", "album.type",
            "artist.active_year_begin", "artist.active_year_end", "artist.associated_labels", "artist.bio",
            "artist.comments", "artist.date_created", "artist.favorites", "artist.id", "artist.latitude",
            "artist.location", "artist.longitude", "artist.members", "artist.name", "artist.related_projects",
            "artist.tags", "artist.website", "artist.wikipedia_page",
            "set.split", "set.subset",
            "track.bit_rate", "track.comments", "track.composer", "track.date_created", "track.date_recorded",
            "track.duration", "track.favorites", "track.genre_top", "track.genres", "track.genres_all",
            "track.information", "track.interest", "track.language_code", "track.license", "track.listens",
            "track.lyricist", "track.number", "track.publisher", "track.tags", "track.title");

    public static final List<String> GENRES = List.of("genre_id", "#tracks", "parent", "title", "top_level");

    public static final List<String> RAW_GENRES = List.of(
            "genre_id", "genre_color", "genre_handle", "genre_parent_id", "genre_title");

    public static final List<String> RAW_TRACKS = List.of(
            "track_id", "album_id", "album_title", "album_url", "artist_id", "artist_name", "artist_url",
            "artist_website", "license_image_file", "license_image_file_large", "license_parent_id",
            "license_title", "license_url", "tags", "track_bit_rate", "track_comments", "track_composer",
            "track_copyright_c", "track_copyright_p", "track_date_created", "track_date_recorded",
            "track_disc_number", "track_duration", "track_explicit", "track_explicit_notes", "track_favorites",
            "track_file", "track_genres", "track_image_file", "track_information", "track_instrumental",
            "track_interest", "track_language_code", "track_listens", "track_lyricist", "track_number",
            "track_publisher", "track_title", "track_url");

    public static final List<String> RAW_ALBUMS = List.of(
            "album_id", "album_comments", "album_date_created", "album_date_released", "album_engineer",
            "album_favorites", "album_handle", "album_image_file", "album_images", "album_information",
            "album_listens", "album_producer", "album_title", "album_tracks", "album_type", "album_url",
            "artist_name", "artist_url", "tags");

    public static final List<String> RAW_ARTISTS = List.of(
            "artist_id", "artist_active_year_begin", "artist_active_year_end", "artist_associated_labels",
            "artist_bio", "artist_comments", "artist_contact", "artist_date_created", "artist_donation_url",
            "artist_favorites", "artist_flattr_name", "artist_handle", "artist_image_file", "artist_images",
            "artist_latitude", "artist_location", "artist_longitude", "artist_members", "artist_name",
            "artist_paypal_name", "artist_related_projects", "artist_url", "artist_website",
            "artist_wikipedia_page", "tags");

    private FmaColumns() {
    }
}

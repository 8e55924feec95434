package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.inject.Inject;
import org.musicrec.catalog.query.GenreTree;
import org.musicrec.catalog.query.TrackPage;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.Track;
import org.musicrec.catalog.query.CatalogQueries;
import org.musicrec.catalog.query.TrackSearch;

/**
 * The catalogue: tracks (search by title/artist, genre filter including sub-genres, paging with a
 * total, as deep as {@code musicrec.catalog.max-paged-results}), one track, the genre tree with
 * track counts (cached), one artist, one album. Entities are read through JNoSQL and answered as
 * records; the search goes to the store as one filtered, counted query.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_QUERY_CHARS = 200;

    @Inject
    DocumentTemplate template;

    @Inject
    CatalogQueries queries;

    /**
     * The deepest result a page may reach: the store walks past every skipped document, so a page
     * a million deep would cost a scan per request. Beyond it a client narrows the search instead.
     */
    @Inject
    @ConfigProperty(name = "musicrec.catalog.max-paged-results", defaultValue = "10000")
    int maxPagedResults;

    @GET
    @Path("tracks")
    public TrackPage tracks(@QueryParam("q") String q, @QueryParam("genre") String genre, @QueryParam("artist") String artist,
                             @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        int p = Arguments.number("page", page, 0, 1_000_000);
        int s = Arguments.number("size", size, 1, MAX_PAGE_SIZE);
        if ((long) (p + 1) * s > maxPagedResults) {
            throw new ValidationProblemException(List.of(new Problem.FieldError("page", "page " + p + " of size " + s
                    + " reaches past result " + maxPagedResults + ", the deepest paging goes; narrow the search (q, genre, artist)")));
        }
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q is longer than " + MAX_QUERY_CHARS + " characters");
        }
        Integer g = genre == null || genre.isBlank() ? null : Arguments.number("genre", genre, 1, Integer.MAX_VALUE);
        Long a = artist == null || artist.isBlank() ? null : (long) Arguments.number("artist", artist, 1, Integer.MAX_VALUE);
        return queries.search(new TrackSearch(q, g, a, p, s));
    }

    @GET
    @Path("tracks/{id}")
    public TrackDetails track(@PathParam("id") String id) {
        long key = Arguments.number("id", id, 0, Integer.MAX_VALUE);
        return template.find(Track.class, key).map(TrackDetails::of).orElseThrow(() -> new NotFoundException("no track " + id));
    }

    @GET
    @Path("genres")
    public GenreTree genres() {
        return queries.genreTree();
    }

    @GET
    @Path("artists/{id}")
    public ArtistDetails artist(@PathParam("id") String id) {
        long key = Arguments.number("id", id, 0, Integer.MAX_VALUE);
        return template.find(Artist.class, key).map(ArtistDetails::of).orElseThrow(() -> new NotFoundException("no artist " + id));
    }

    @GET
    @Path("albums/{id}")
    public AlbumDetails album(@PathParam("id") String id) {
        long key = Arguments.number("id", id, 0, Integer.MAX_VALUE);
        return template.find(Album.class, key).map(AlbumDetails::of).orElseThrow(() -> new NotFoundException("no album " + id));
    }
}

package org.musicrec.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import org.musicrec.recommend.serving.CatalogView;

/** A genre given by id or name, resolved against the catalogue that serving holds. */
@ApplicationScoped
public class GenreArgument {
    static final int MAX_CHARS = 100;

    @Inject
    CatalogView catalog;

    /** @return the genre's id, or null when none was given */
    Integer resolve(String genre) {
        if (genre == null || genre.isBlank()) {
            return null;
        }
        if (genre.length() > MAX_CHARS) {
            throw new BadRequestException("genre is longer than " + MAX_CHARS + " characters");
        }
        return catalog.get().genre(genre).orElseThrow(() -> new BadRequestException("no genre '" + genre + "'"));
    }
}

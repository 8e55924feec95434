package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicrec.catalog.query.CatalogQueries;
import org.musicrec.catalog.query.TrackPage;
import org.musicrec.catalog.query.TrackSearch;

/** Paging goes as deep as the configured result and no deeper: beyond it a 400 problem names the page. */
class CatalogResourceTest {

    final CatalogResource resource = new CatalogResource();

    CatalogResourceTest() {
        resource.maxPagedResults = 10_000;
        resource.queries = new CatalogQueries() {
            @Override
            public TrackPage search(TrackSearch s) {
                return new TrackPage(0, s.page(), s.size(), List.of());
            }
        };
    }

    @Test
    void theLastPageWithinTheBoundIsServed() {
        assertEquals(499, resource.tracks(null, null, null, "499", "20").page());
        assertEquals(99, resource.tracks(null, null, null, "99", "100").page());
    }

    @Test
    void aPageBeyondTheBoundIsRefusedNamingThePage() {
        for (String[] pageAndSize : List.of(new String[] {"500", "20"}, new String[] {"100", "100"}, new String[] {"1000000", "1"})) {
            ValidationProblemException e = assertThrows(ValidationProblemException.class,
                    () -> resource.tracks(null, null, null, pageAndSize[0], pageAndSize[1]));
            Problem p = e.problem();
            assertEquals(400, p.status());
            assertEquals("page", p.errors().get(0).field());
        }
    }
}

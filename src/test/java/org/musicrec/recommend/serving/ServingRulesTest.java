package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicrec.events.mongo.MongoInteractionStore;
import org.musicrec.recommend.model.RankedItem;

/**
 * The rules on every kind of list, on the fixture's twelve tracks: popularity is track order
 * ("0" first), every model listener's stored list is 0, 1, 2, 3, and tracks 0-2 are by artist A.
 */
class ServingRulesTest {
    private ServingFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new ServingFixture();
        for (long t = 0; t < 3; t++) {
            f.db.getCollection("tracks").updateOne(new Document("_id", t), new Document("$set", new Document("artistName", "A")));
        }
        f.withModel();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> ids(List<RankedItem> items) {
        return items.stream().map(RankedItem::trackId).toList();
    }

    @Test
    void aHiddenTrackLeavesPrecomputedPopularColdStartAndSimilarListsAndComesBackWhenShown() {
        assertEquals(List.of("0", "1", "2"), ids(f.recommender.forUser("m0", 3, null).items()));
        assertEquals(List.of("0", "1", "2"), ids(f.recommender.forUser("nobody", 3, null).items()));
        assertEquals(List.of("1", "2", "3"), ids(f.recommender.coldStart(List.of("0"), List.of(), 3).items()));
        assertTrue(ids(f.recommender.similar("5", 11, "cf")).contains("1"));

        f.hidden.hide("1");
        assertEquals(List.of("0", "2", "3"), ids(f.recommender.forUser("m0", 3, null).items()));
        assertEquals(List.of("0", "2", "3"), ids(f.recommender.forUser("nobody", 3, null).items()));
        assertEquals(List.of("2", "3", "4"), ids(f.recommender.coldStart(List.of("0"), List.of(), 3).items()));
        assertFalse(ids(f.recommender.similar("5", 11, "cf")).contains("1"));
        assertEquals(10, f.recommender.similar("5", 11, "cf").size());

        f.hidden.unhide("1");
        assertEquals(List.of("0", "1", "2"), ids(f.recommender.forUser("m0", 3, null).items()));
    }

    @Test
    void excludedIdsAreLeftOutAndReplaced() {
        assertEquals(List.of("1", "3"), ids(f.recommender.forUser("m0", 2, null, Set.of("0", "2")).items()));
        assertEquals(List.of("1", "2"), ids(f.recommender.forUser("nobody", 2, null, Set.of("0")).items()));
    }

    @Test
    void oneArtistFillsAtMostTheConfiguredShare() {
        f.recommender.maxPerArtist = 2;
        assertEquals(List.of("0", "1", "3"), ids(f.recommender.forUser("nobody", 3, null).items()));
        List<String> mine = ids(f.recommender.forUser("m0", 4, null).items());
        assertEquals(List.of("0", "1", "3"), mine.subList(0, 3));
        assertEquals(4, mine.size());
        assertEquals(2, mine.stream().filter(Set.of("0", "1", "2")::contains).count());
    }

    @Test
    void aDislikedTrackNeverComesBack() {
        f.db.getCollection(MongoInteractionStore.INTERACTIONS).insertOne(new Document("_id", "m0|0").append("userId", "m0")
                .append("trackId", "0").append("plays", 1L).append("dislikes", 1L).append("events", 2L).append("lastAt", new Date()));
        f.played("m0", 3, "5", "6", "7");
        assertFalse(ids(f.recommender.refresh("m0", 10).items()).contains("0"));
        assertFalse(ids(f.recommender.forUser("m0", 10, null).items()).contains("0"));

        assertTrue(ids(f.recommender.radio("3", null, 11)).contains("0"));
        List<String> radio = ids(f.recommender.radio("3", "m0", 11));
        assertFalse(radio.contains("0"));
        assertEquals(10, radio.size());
    }

    @Test
    void aRadioNeverRepeatsNorPlaysItsSeedNorOneArtistTwiceInARow() {
        List<String> radio = ids(f.recommender.radio("5", null, 11));
        assertEquals(11, radio.size());
        assertEquals(11, new HashSet<>(radio).size());
        assertFalse(radio.contains("5"));
        for (int i = 1; i < radio.size(); i++) {
            boolean bothA = Set.of("0", "1", "2").contains(radio.get(i)) && Set.of("0", "1", "2").contains(radio.get(i - 1));
            assertFalse(bothA, "artist A twice in a row at " + i + ": " + radio);
        }
    }
}

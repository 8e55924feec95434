package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.model.RankedItem;

/**
 * Issue 18: every distinct listener id asked about stayed in serving's memory until the next model
 * swap. Now ids without interactions leave nothing, the others are bounded least recently used first,
 * and a dropped answer is recomputed exactly (a folded-in model listener does not fall back to the
 * list stored at training).
 */
class ListenerStateBoundTest {

    final ServingFixture f = new ServingFixture();

    @AfterEach
    void close() {
        f.close();
    }

    static List<String> ids(Recommendations r) {
        return r.items().stream().map(RankedItem::trackId).toList();
    }

    @Test
    void randomUnknownIdsLeaveNothingBehind() {
        Random r = new Random(18);
        for (int i = 0; i < 500; i++) {
            Recommendations answer = f.recommender.forUser("stranger-" + Long.toHexString(r.nextLong()), 10, null);
            assertEquals("popular", answer.strategy());
        }
        assertEquals(0, f.active.get().answers.size(), "answers kept for ids nobody has played with");
    }

    @Test
    void listenersWithHistoryAreKeptUpToTheBoundLeastRecentlyUsedFirst() {
        f.active.maxAnswers = 3;
        for (int u = 0; u < 10; u++) {
            f.played("l" + u, 2, "4", "5");
        }
        for (int u = 0; u < 10; u++) {
            assertEquals("cold-start", f.recommender.forUser("l" + u, 5, null).strategy());
        }
        f.recommender.forUser("l7", 5, null); // l7 is now the most recent, l8 the eldest of the three
        f.recommender.forUser("l0", 5, null);
        ListenerAnswers answers = f.active.get().answers;
        assertEquals(3, answers.size());
        assertNotNull(answers.get("l7"));
        assertNotNull(answers.get("l9"));
        assertNotNull(answers.get("l0"));
        assertNull(answers.get("l8"));
    }

    @Test
    void aModelListenerIsAnsweredFromTheStoredListUntilTheirEventsAreFoldedIn() throws Exception {
        f.withModel();
        assertEquals(ServingFixture.PRECOMPUTED, ids(f.recommender.forUser("m1", 10, null)));
        assertTrue(f.active.get().answers.precomputedIsCurrent("m1"));
    }

    @Test
    void aFoldedInModelListenerStaysFreshAfterTheirAnswerWasDropped() throws Exception {
        f.withModel();
        f.active.maxAnswers = 1;
        f.played("m0", 5, "0", "1", "2");
        Recommendations folded = f.recommender.refresh(List.of("m0"), 10).get(0);
        assertEquals("als", folded.strategy());
        f.played("other", 2, "4");
        f.recommender.forUser("other", 10, null); // takes the one place: m0's answer is dropped
        assertNull(f.active.get().answers.get("m0"));

        Recommendations again = f.recommender.forUser("m0", 10, null);
        assertEquals("als", again.strategy());
        assertEquals(ids(folded), ids(again), "recomputed from the store, not the list stored at training");
        assertTrue(ids(again).stream().noneMatch(Set.of("0", "1", "2")::contains), "played tracks are left out");
    }

    @Test
    void anAnswerReadBeforeARefreshIsNotKeptOverIt() throws Exception {
        f.withModel();
        ListenerAnswers answers = f.active.get().answers;
        UserEntry older = new UserEntry("cold-start", null, List.of(new RankedItem("9", 1, null)), Set.of());
        UserEntry newer = new UserEntry("cold-start", null, List.of(new RankedItem("8", 1, null)), Set.of());
        long since = answers.sequence(); // a request misses and starts reading the listener's history...
        answers.refreshed("l", newer); // ...the fresh-list worker folds in a new event meanwhile
        answers.forget("l"); // and the answer is dropped before the request is done
        answers.keepUnlessRefreshedSince("l", older, since);
        assertNull(answers.get("l"), "the answer read before the refresh would be stale");
        answers.keepUnlessRefreshedSince("l", newer, answers.sequence());
        assertEquals(newer, answers.get("l"));
    }

    @Test
    void aFullFreshListQueueDropsTheAnswersItCannotRefresh() throws Exception {
        f.withModel();
        FreshRecommendations fresh = new FreshRecommendations();
        fresh.recommender = f.recommender;
        fresh.histories = f.histories;
        fresh.maxPending = 2;
        f.recommender.forUser("m0", 10, null);
        assertNotNull(f.active.get().answers.get("m0"));
        f.played("a", 1, "5");
        f.recommender.forUser("a", 10, null);

        fresh.enqueue(List.of("a", "b", "a", "m0"));
        assertEquals(2, fresh.pendingCount());
        assertNotNull(f.active.get().answers.get("a"), "a is pending already: refreshed soon, kept meanwhile");
        assertNull(f.active.get().answers.get("m0"), "not refreshed now, so not answered from memory either");
        assertFalse(f.active.get().answers.precomputedIsCurrent("m0"), "nor from the list stored at training");
    }
}

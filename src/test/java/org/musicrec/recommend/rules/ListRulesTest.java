package org.musicrec.recommend.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each rule on six tracks whose answers can be checked by hand: 1-3 by A, 4-5 by B, 6 by C. */
class ListRulesTest {
    private static final Map<String, String> ARTISTS = Map.of("1", "A", "2", "A", "3", "A", "4", "B", "5", "B", "6", "C");
    private static final Function<String, String> ARTIST = ARTISTS::get;
    private static final List<String> RANKED = List.of("1", "2", "3", "4", "5", "6");

    @Test
    void hiddenExcludedAndDislikedTracksNeverAppear() {
        ListRules rules = ListRules.of(Set.of("2"), Set.of("4"), Set.of("5"), 0, ARTIST);
        assertEquals(List.of("1", "3", "6"), rules.apply(RANKED, id -> id, 10));
    }

    @Test
    void theNextCandidatesReplaceWhatTheRulesRemove() {
        ListRules rules = ListRules.of(Set.of("1"), Set.of(), Set.of(), 0, ARTIST);
        assertEquals(List.of("2", "3", "4"), rules.apply(RANKED, id -> id, 3));
    }

    @Test
    void oneArtistFillsAtMostTheLimit() {
        ListRules rules = ListRules.of(Set.of(), Set.of(), Set.of(), 2, ARTIST);
        assertEquals(List.of("1", "2", "4", "5", "6"), rules.apply(RANKED, id -> id, 10));
        assertEquals(List.of("1", "2", "4"), rules.apply(RANKED, id -> id, 3));
        assertEquals(List.of("1", "4", "6"), ListRules.of(Set.of(), Set.of(), Set.of(), 1, ARTIST).apply(RANKED, id -> id, 10));
    }

    @Test
    void tracksOfNoKnownArtistAreNotLimitedAndRepeatsAreDropped() {
        ListRules rules = ListRules.of(Set.of(), Set.of(), Set.of(), 1, ARTIST);
        assertEquals(List.of("x", "y", "1"), rules.apply(List.of("x", "y", "x", "1", "2"), id -> id, 10));
    }

    @Test
    void aRadioNeverPlaysOneArtistTwiceInARowNorATrackTwice() {
        ListRules rules = ListRules.none().blocking(Set.of());
        List<String> candidates = List.of("1", "2", "3", "4", "5", "6", "1", "4");
        ListRules withArtists = new ListRules(rules.blocked(), 0, ARTIST);
        assertEquals(List.of("1", "4", "2", "5", "3", "6"), withArtists.radio(candidates, id -> id, 10));
        assertEquals(List.of("1", "4", "2"), withArtists.radio(candidates, id -> id, 3));
    }

    @Test
    void aRadioEndsWhenOnlyThePreviousArtistIsLeft() {
        ListRules rules = new ListRules(Set.of(), 0, ARTIST);
        assertEquals(List.of("1", "4", "2"), rules.radio(List.of("1", "2", "3", "4"), id -> id, 10));
    }

    @Test
    void aRadioKeepsTheOtherRulesAndLeavesItsSeedOut() {
        ListRules rules = ListRules.of(Set.of("6"), Set.of(), Set.of("5"), 2, ARTIST).blocking(Set.of("4"));
        assertEquals(List.of("1"), rules.radio(RANKED, id -> id, 10));
        assertEquals(List.of("1", "x", "2"), rules.radio(List.of("1", "2", "3", "x"), id -> id, 10));
    }
}

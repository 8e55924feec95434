package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudioNeighboursTest {

    @Test
    void audioNeighboursAreNearestFirstWithinTheGenreAndExclusions() {
        TrackInfo a = track("a", 0, 0, 1);
        TrackInfo b = track("b", 1, 0, 1);
        TrackInfo c = track("c", 3, 0, 2);
        TrackInfo d = track("d", 0.5f, 0, 1);
        List<AudioNeighbours.Neighbour> n = AudioNeighbours.of(new float[] {0, 0}, List.of(a, b, c, d), 2, Set.of("a"), null);
        assertEquals(List.of("d", "b"), n.stream().map(x -> x.track().trackId()).toList());
        assertEquals(1 / 1.5, n.get(0).similarity(), 1e-6);
        List<AudioNeighbours.Neighbour> genre2 = AudioNeighbours.of(new float[] {0, 0}, List.of(a, b, c, d), 5, Set.of(), 2);
        assertEquals(List.of("c"), genre2.stream().map(x -> x.track().trackId()).toList());
        float[] centre = AudioNeighbours.centroid(List.of(a, b, TrackInfo.unknown("z")));
        assertEquals(0.5f, centre[0], 1e-6);
    }

    private static TrackInfo track(String id, float x, float y, int genre) {
        return new TrackInfo(id, id, null, null, List.of(), Set.of(genre), null, new float[] {x, y}, 0, false);
    }
}

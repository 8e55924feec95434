package org.musicrec.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsModelState;

class ModelArtifactTest {

    @Test
    void roundTripsIdsCountsAndFactors() throws IOException {
        AlsModelState s = AlsModelState.initial(3, 2, 4, 5L);
        ModelArtifact a = new ModelArtifact(List.of("u1", "ü2"), List.of("10", "11", "lastfm:3", "x"), new int[] {4, 3, 2, 1}, s);
        ModelArtifact b = ModelArtifact.fromBytes(a.toBytes());
        assertEquals(a.userIds(), b.userIds());
        assertEquals(a.itemIds(), b.itemIds());
        assertArrayEquals(a.itemCounts(), b.itemCounts());
        assertArrayEquals(s.userFactors(), b.state().userFactors());
        assertArrayEquals(s.itemFactors(), b.state().itemFactors());
    }

    @Test
    void roundTripsItemTotalsForBm25FoldIn() throws IOException {
        AlsModelState s = AlsModelState.initial(3, 2, 4, 5L);
        double[] totals = {10.5, 3, 0, 1e6};
        ModelArtifact b = ModelArtifact.fromBytes(new ModelArtifact(List.of("u1", "u2"), List.of("a", "b", "c", "d"),
                new int[] {4, 3, 2, 1}, totals, s).toBytes());
        assertArrayEquals(totals, b.itemTotals());
        assertArrayEquals(s.itemFactors(), b.state().itemFactors());
        ModelArtifact old = ModelArtifact.fromBytes(new ModelArtifact(List.of("u1", "u2"), List.of("a", "b", "c", "d"),
                new int[4], s).toBytes());
        assertEquals(null, old.itemTotals());
    }

    @Test
    void refusesMismatchedIdsAndForeignBytes() {
        AlsModelState s = AlsModelState.initial(3, 2, 4, 5L);
        assertThrows(IllegalArgumentException.class, () -> new ModelArtifact(List.of("u1"), List.of("a", "b", "c", "d"), new int[4], s));
        assertThrows(IOException.class, () -> ModelArtifact.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }
}

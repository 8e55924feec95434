package org.musicrec.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static Interactions rows(int users, int[] itemsPerUser) {
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < itemsPerUser[u]; i++) {
                all.add(all.users().indexOf("u" + u), all.items().indexOf("i" + i), i + 1, Interactions.NO_TIMESTAMP);
            }
        }
        return all;
    }

    @Test
    void explicitHoldsOutTwentyPercentOfRowsDeterministically() {
        Interactions all = rows(10, new int[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 8}); // 71 rows
        Split a = Split.explicit(all, 42L);
        assertEquals(57, a.train().size()); // round(0.8 * 71) = 57
        assertEquals(14, a.test().size());
        Split b = Split.explicit(all, 42L);
        assertEquals(signature(a.test()), signature(b.test()));
        assertNotEquals(signature(a.test()), signature(Split.explicit(all, 43L).test()));
    }

    @Test
    void implicitHoldsOutPerUserOnlyFromUsersWithFiveOrMoreItems() {
        // n = 4 -> 0 held out; 5 -> 1; 7 -> round(1.4) = 1; 8 -> round(1.6) = 2; 13 -> round(2.6) = 3
        int[] n = {4, 5, 7, 8, 13};
        Split s = Split.implicit(rows(5, n), 7L);
        Map<Integer, Integer> held = new HashMap<>();
        for (int r = 0; r < s.test().size(); r++) {
            held.merge(s.test().user(r), 1, Integer::sum);
        }
        assertEquals(Map.of(1, 1, 2, 1, 3, 2, 4, 3), held);
        assertEquals(37 - 7, s.train().size());
        assertEquals(signature(s.test()), signature(Split.implicit(rows(5, n), 7L).test()));
    }

    @Test
    void trainFirstNumbersTrainingItemsBeforeTestOnlyItems() {
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        all.add(all.users().indexOf("a"), all.items().indexOf("x"), 1, 5L);
        all.add(all.users().indexOf("a"), all.items().indexOf("y"), 1, Interactions.NO_TIMESTAMP);
        Interactions train = all.emptyLike();
        train.addRow(all, 1);
        Interactions test = all.emptyLike();
        test.addRow(all, 0);
        Split s = new Split(train, test).trainFirst();
        assertEquals("y", s.train().items().id(s.train().item(0)));
        assertEquals(0, s.train().item(0));
        assertEquals(1, s.test().item(0));
        assertEquals(5L, s.test().timestamp(0));
    }

    private static String signature(Interactions t) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < t.size(); r++) {
            b.append(t.users().id(t.user(r))).append('/').append(t.items().id(t.item(r))).append(' ');
        }
        return b.toString();
    }
}

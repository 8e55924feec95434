package org.musicrec.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

class TopListBuilderTest {

    /**
     * Rank 1: users u0 = 1, u1 = -1; items a = 1, b = 2, c = -1 (d is only held out). u0 played a
     * (strongly) and b, and has d held out, so only c is left for them, explained by their strongest
     * track; u1 played c and gets a then b, both explained by c.
     */
    @Test
    void listsSkipPlayedAndHeldOutTracksAndNameTheNearestStrongTrack() {
        Interactions train = new Interactions(new IdDictionary(), new IdDictionary());
        train.add(train.users().indexOf("u0"), train.items().indexOf("a"), 5, Interactions.NO_TIMESTAMP);
        train.add(train.users().indexOf("u0"), train.items().indexOf("b"), 1, Interactions.NO_TIMESTAMP);
        train.add(train.users().indexOf("u1"), train.items().indexOf("c"), 1, Interactions.NO_TIMESTAMP);
        Interactions test = train.emptyLike();
        test.add(test.users().indexOf("u0"), test.items().indexOf("d"), 1, Interactions.NO_TIMESTAMP);
        AlsModelState state = new AlsModelState(1, 2, 4, new float[] {1, -1}, new float[] {1, 2, -1, 3}, 0);

        List<UserTopList> lists = new TopListBuilder(new Split(train, test), train.toAlsData(), state, 1).build(2);

        assertEquals(2, lists.size());
        assertEquals(new UserTopList("u0", List.of("c"), List.of(-1.0), List.of("a")), lists.get(0));
        assertEquals(new UserTopList("u1", List.of("a", "b"), List.of(-1.0, -2.0), List.of("c", "c")), lists.get(1));
    }
}

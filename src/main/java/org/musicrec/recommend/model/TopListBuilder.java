package org.musicrec.recommend.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.CsrMatrix;
import org.musicrec.recommend.als.TopN;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

/**
 * Every user's top list under a trained model, for users with training data: the best items of
 * the catalogue they have not touched (their held-out tracks excluded too, since serving must not
 * offer what they played), each explained by the user's strongest training track nearest to it in
 * factor space ("because you played X").
 */
public final class TopListBuilder {
    /** A user's strongest tracks considered as "because you played X" reasons. */
    private static final int MAX_REASON_CANDIDATES = 200;

    private final Split split;
    private final AlsData data;
    private final AlsModelState state;
    private final int rank;
    private final int similarityColumns;

    /** {@code data} is {@code split.train()} as the trainer saw it; {@code state} the trained factors. */
    public TopListBuilder(Split split, AlsData data, AlsModelState state, int rank) {
        this(split, data, state, rank, rank);
    }

    /** @param similarityColumns the columns "because you played" compares ({@link ItemSimilarity}) */
    public TopListBuilder(Split split, AlsData data, AlsModelState state, int rank, int similarityColumns) {
        this.similarityColumns = similarityColumns;
        this.split = split;
        this.data = data;
        this.state = state;
        this.rank = rank;
    }

    /** At most {@code length} items per user, in user index order. */
    public List<UserTopList> build(int length) {
        CsrMatrix byUser = data.byUser();
        int catalogue = 0;
        for (int i = 0; i < data.numItems(); i++) {
            catalogue += data.byItem().rowLength(i) > 0 ? 1 : 0;
        }
        List<List<Integer>> heldOut = heldOutByUser(split.test());
        ItemSimilarity similarity = new ItemSimilarity(state.itemFactors(), rank, similarityColumns);
        Interactions train = split.train();
        List<UserTopList> out = new ArrayList<>();
        for (int u = 0; u < data.numUsers(); u++) {
            int from = byUser.rowStart()[u];
            int to = byUser.rowStart()[u + 1];
            if (from == to) {
                continue;
            }
            int[] exclude = Arrays.copyOfRange(byUser.index(), from, to);
            if (u < heldOut.size() && heldOut.get(u) != null) {
                int[] extra = heldOut.get(u).stream().mapToInt(Integer::intValue).toArray();
                exclude = IntStream.concat(Arrays.stream(exclude), Arrays.stream(extra)).sorted().toArray();
            }
            TopN.Ranked ranked = TopN.of(state.userFactors(), u * rank, state.itemFactors(), rank, catalogue,
                    length, exclude, 0, exclude.length);
            int[] reasonCandidates = strongest(byUser, u, MAX_REASON_CANDIDATES);
            List<String> ids = new ArrayList<>(ranked.size());
            List<Double> scores = new ArrayList<>(ranked.size());
            List<String> reasons = new ArrayList<>(ranked.size());
            for (int n = 0; n < ranked.size(); n++) {
                ids.add(train.items().id(ranked.items()[n]));
                scores.add((double) ranked.scores()[n]);
                reasons.add(train.items().id(similarity.mostSimilar(ranked.items()[n], reasonCandidates)));
            }
            out.add(new UserTopList(train.users().id(u), ids, scores, reasons));
        }
        return out;
    }

    /** Per user index, their held-out items (null for users without any). */
    private static List<List<Integer>> heldOutByUser(Interactions test) {
        List<List<Integer>> heldOut = new ArrayList<>();
        for (int r = 0; r < test.size(); r++) {
            while (heldOut.size() <= test.user(r)) {
                heldOut.add(null);
            }
            if (heldOut.get(test.user(r)) == null) {
                heldOut.set(test.user(r), new ArrayList<>());
            }
            heldOut.get(test.user(r)).add(test.item(r));
        }
        return heldOut;
    }

    /** The user's training items with the largest values, at most {@code max}. */
    private static int[] strongest(CsrMatrix byUser, int u, int max) {
        int from = byUser.rowStart()[u];
        int to = byUser.rowStart()[u + 1];
        Integer[] order = new Integer[to - from];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (x, y) -> Float.compare(byUser.value()[y], byUser.value()[x]));
        int[] out = new int[Math.min(max, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = byUser.index()[order[i]];
        }
        return out;
    }
}

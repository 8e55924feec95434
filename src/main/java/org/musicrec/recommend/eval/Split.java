package org.musicrec.recommend.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded train/test splits. Explicit: a seeded shuffle of all rows, the first round(0.8 n) for
 * training. Implicit: per user with n >= 5 rows, max(1, round(0.2 n)) of them (seeded shuffle)
 * held out; users with fewer rows stay entirely in training. Row order inside each part follows the input.
 */
public record Split(Interactions train, Interactions test) {
    public static final double TEST_FRACTION = 0.2;
    public static final int MIN_ITEMS_FOR_HOLDOUT = 5;

    public static Split explicit(Interactions all, long seed) {
        int n = all.size();
        int[] order = shuffled(n, new Random(seed));
        int trainCount = (int) Math.round((1 - TEST_FRACTION) * n);
        boolean[] inTest = new boolean[n];
        for (int p = trainCount; p < n; p++) {
            inTest[order[p]] = true;
        }
        return partition(all, inTest);
    }

    public static Split implicit(Interactions all, long seed) {
        List<List<Integer>> rowsByUser = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            int u = all.user(r);
            while (rowsByUser.size() <= u) {
                rowsByUser.add(new ArrayList<>());
            }
            rowsByUser.get(u).add(r);
        }
        Random random = new Random(seed);
        boolean[] inTest = new boolean[all.size()];
        for (List<Integer> rows : rowsByUser) {
            int n = rows.size();
            if (n < MIN_ITEMS_FOR_HOLDOUT) {
                continue;
            }
            int held = Math.max(1, (int) Math.round(TEST_FRACTION * n));
            int[] order = shuffled(n, random);
            for (int p = 0; p < held; p++) {
                inTest[rows.get(order[p])] = true;
            }
        }
        return partition(all, inTest);
    }

    /**
     * The same rows under fresh dictionaries that number training users and items first, so that
     * items {@code 0 .. trainItemCount()-1} are exactly the items with training data (the catalogue).
     */
    public Split trainFirst() {
        Interactions newTrain = new Interactions(new IdDictionary(), new IdDictionary());
        copyInto(train, newTrain);
        Interactions newTest = newTrain.emptyLike();
        copyInto(test, newTest);
        return new Split(newTrain, newTest);
    }

    private static void copyInto(Interactions from, Interactions to) {
        for (int r = 0; r < from.size(); r++) {
            to.add(to.users().indexOf(from.users().id(from.user(r))), to.items().indexOf(from.items().id(from.item(r))),
                    from.value(r), from.timestamp(r));
        }
    }

    /** A seeded Fisher-Yates permutation of 0..n-1 (also used by {@link SyntheticInteractions}). */
    static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static Split partition(Interactions all, boolean[] inTest) {
        Interactions train = all.emptyLike();
        Interactions test = all.emptyLike();
        for (int r = 0; r < all.size(); r++) {
            (inTest[r] ? test : train).addRow(all, r);
        }
        return new Split(train, test);
    }
}

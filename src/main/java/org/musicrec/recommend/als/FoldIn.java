package org.musicrec.recommend.als;

/**
 * Solves a user vector against fixed item factors: the serving layer and the event consumer use it
 * for users who arrived or changed after training. It always runs the exact per-row solve (the
 * trainer's Cholesky path, whatever {@link AlsParams#solver()} says), because for a new user the true
 * minimiser is the right answer and there is no previous vector to warm-start from. Consequently a
 * training user folded in again gets exactly its trained vector when the model was trained with
 * {@link Solver#CHOLESKY}, and a vector close to it, not identical, with {@link Solver#CG} (training's
 * last user half-step took only a few CG steps from the previous iteration's vector).
 */
public final class FoldIn {
    private final AlsParams params;
    private final FixedSide items;
    private final Bm25 bm25;

    /** @param items the fixed item side ({@link FixedSide#implicit} or {@link FixedSide#explicit}) */
    public FoldIn(AlsParams params, FixedSide items) {
        this(params, items, null);
    }

    /**
     * @param bm25 the training data's BM25 statistics; required when {@code params} use {@link Confidence#BM25}
     *             (a new user's counts are weighed with them before the solve), ignored otherwise
     */
    public FoldIn(AlsParams params, FixedSide items, Bm25 bm25) {
        boolean weighs = params.implicit() && params.confidence() == Confidence.BM25;
        if (weighs && (bm25 == null || bm25.numItems() != items.rows)) {
            throw new IllegalArgumentException("bm25 fold-in needs the training data's item totals");
        }
        this.bm25 = weighs ? bm25 : null;
        if (items.rank != params.rank()) {
            throw new IllegalArgumentException("item factors have rank " + items.rank + ", parameters " + params.rank());
        }
        if (params.implicit() && items.gram == null) {
            throw new IllegalArgumentException("implicit fold-in needs FixedSide.implicit(...)");
        }
        this.params = params;
        this.items = items;
    }

    /** Fold-in against a trained state's item factors (precomputes Y^T Y and its eigenbasis once). */
    public static FoldIn of(AlsParams params, AlsModelState state) {
        return of(params, state, null);
    }

    /**
     * As {@link #of(AlsParams, AlsModelState)}, with each item's total positive weight in training
     * ({@link Bm25#itemTotals}; needed for {@link Confidence#BM25}, may be null otherwise).
     */
    public static FoldIn of(AlsParams params, AlsModelState state, double[] itemTotals) {
        float[] f = state.itemFactors();
        Bm25 weighting = itemTotals == null ? null : Bm25.of(itemTotals, params.bm25K1(), params.bm25B());
        return new FoldIn(params, params.implicit() ? FixedSide.implicit(f, params.rank(), null, false)
                : FixedSide.explicit(f, params.rank()), weighting);
    }

    /** The user's vector from its (item index, value) pairs; the zero vector when nothing usable is given. */
    public float[] userVector(int[] itemIndices, float[] values) {
        if (itemIndices.length != values.length) {
            throw new IllegalArgumentException("items and values differ in length");
        }
        for (int item : itemIndices) {
            if (item < 0 || item >= items.rows) {
                throw new IllegalArgumentException("item index " + item + " outside 0.." + (items.rows - 1));
            }
        }
        float[] out = new float[params.rank()];
        float[] weights = bm25 == null ? values : bm25.weigh(itemIndices, values);
        new NormalEquations(params.rank()).solve(params, items, itemIndices, weights, 0, itemIndices.length, out, 0);
        return out;
    }
}

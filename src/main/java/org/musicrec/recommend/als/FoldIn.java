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

    /** @param items the fixed item side ({@link FixedSide#implicit} or {@link FixedSide#explicit}) */
    public FoldIn(AlsParams params, FixedSide items) {
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
        float[] f = state.itemFactors();
        return new FoldIn(params, params.implicit() ? FixedSide.implicit(f, params.rank(), null, false)
                : FixedSide.explicit(f, params.rank()));
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
        new NormalEquations(params.rank()).solve(params, items, itemIndices, values, 0, itemIndices.length, out, 0);
        return out;
    }
}

package org.musicrec.recommend.als;

/**
 * Solves a user vector against fixed item factors: the serving layer and the event consumer use it
 * for users who arrived or changed after training. It runs the trainer's own per-row solve, so
 * folding in a training user's ratings reproduces that user's trained vector exactly.
 */
public final class FoldIn {
    private final AlsParams params;
    private final float[] itemFactors;
    private final int numItems;
    private final double[] itemGram;

    /** @param itemGram Y^T Y of {@code itemFactors} ({@link Gram#of}); may be null for explicit models */
    public FoldIn(AlsParams params, float[] itemFactors, double[] itemGram) {
        if (itemFactors.length % params.rank() != 0) {
            throw new IllegalArgumentException("item factors are not a multiple of the rank");
        }
        if (params.implicit() && (itemGram == null || itemGram.length != params.rank() * params.rank())) {
            throw new IllegalArgumentException("implicit fold-in needs the k x k item Gram matrix");
        }
        this.params = params;
        this.itemFactors = itemFactors;
        this.numItems = itemFactors.length / params.rank();
        this.itemGram = itemGram;
    }

    /** Fold-in against a trained state's item factors (computes the Gram matrix once). */
    public static FoldIn of(AlsParams params, AlsModelState state) {
        float[] items = state.itemFactors();
        return new FoldIn(params, items, params.implicit() ? Gram.of(items, params.rank(), null) : null);
    }

    /** The user's vector from its (item index, value) pairs; the zero vector when nothing usable is given. */
    public float[] userVector(int[] items, float[] values) {
        if (items.length != values.length) {
            throw new IllegalArgumentException("items and values differ in length");
        }
        for (int item : items) {
            if (item < 0 || item >= numItems) {
                throw new IllegalArgumentException("item index " + item + " outside 0.." + (numItems - 1));
            }
        }
        float[] out = new float[params.rank()];
        new NormalEquations(params.rank()).solve(params, itemFactors, items, values, 0, items.length,
                itemGram, out, 0);
        return out;
    }
}

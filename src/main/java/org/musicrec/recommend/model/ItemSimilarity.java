package org.musicrec.recommend.model;

/**
 * Cosine similarity between rows of a factor matrix (flat, stride {@code rank}), with the row norms
 * computed once. Used for "because you played X" (the user's item most similar to a recommended
 * one) and for collaborative neighbours of a track.
 */
public final class ItemSimilarity {
    private final float[] factors;
    private final int rank;
    private final int columns;
    private final float[] norms;

    public ItemSimilarity(float[] factors, int rank) {
        this(factors, rank, rank);
    }

    /**
     * Over the first {@code columns} of each row only: a model with biases keeps them in its last two
     * columns, and a constant 1 and a popularity bias say nothing about what two tracks have in common.
     */
    public ItemSimilarity(float[] factors, int rank, int columns) {
        if (columns < 1 || columns > rank) {
            throw new IllegalArgumentException("columns must be in 1.." + rank);
        }
        this.factors = factors;
        this.rank = rank;
        this.columns = columns;
        int rows = factors.length / rank;
        this.norms = new float[rows];
        for (int r = 0; r < rows; r++) {
            double s = 0;
            for (int k = 0; k < columns; k++) {
                float x = factors[r * rank + k];
                s += x * x;
            }
            norms[r] = (float) Math.sqrt(s);
        }
    }

    public int rows() {
        return norms.length;
    }

    public double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        double s = 0;
        int ao = a * rank;
        int bo = b * rank;
        for (int k = 0; k < columns; k++) {
            s += factors[ao + k] * factors[bo + k];
        }
        return s / (norms[a] * norms[b]);
    }

    /** Of {@code candidates}, the one most similar to {@code item}; -1 when there are none. */
    public int mostSimilar(int item, int[] candidates) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c : candidates) {
            double s = cosine(item, c);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }
}

package org.musicrec.recommend.eval;

/** Root mean squared error over the pairs added so far. */
public final class Rmse {
    private double sumSquares;
    private long count;

    public void add(double actual, double predicted) {
        double d = actual - predicted;
        sumSquares += d * d;
        count++;
    }

    public long count() {
        return count;
    }

    /** NaN when nothing was added. */
    public double value() {
        return count == 0 ? Double.NaN : Math.sqrt(sumSquares / count);
    }
}

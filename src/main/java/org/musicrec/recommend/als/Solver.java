package org.musicrec.recommend.als;

import java.util.Locale;

/**
 * How each implicit row's least-squares system is solved during training. Explicit training and
 * fold-in always use {@link #CHOLESKY}: fold-in must give a new user the true minimiser.
 */
public enum Solver {
    /** The exact solve: k x k Cholesky per row (Woodbury low-rank path for short rows). */
    CHOLESKY,
    /**
     * A few conjugate-gradient steps per row, warm-started from the row's current vector, never forming
     * the k x k matrix (Takacs, Pilaszy and Tikk 2011; benfred/implicit). Each step can only lower the
     * row's objective, so the loss still never rises; the vectors approach the exact ones as steps grow.
     */
    CG;

    public static Solver parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("solver must be cg or cholesky, not '" + text + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

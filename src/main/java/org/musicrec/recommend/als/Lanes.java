package org.musicrec.recommend.als;

import java.util.logging.Logger;

/**
 * The float kernels of the conjugate-gradient solve (a row's dot products with a factor vector and the
 * scaled additions of factor vectors), in one fixed arithmetic: a dot product keeps two sets of {@link #WIDTH}
 * lane sums over the first k rounded down to a multiple of 8 (blocks of eight terms alternate between
 * the sets, lane l takes the block's term l), adds the sets lanewise, the lanes pairwise, then the
 * remaining terms in order; every operation is a plain IEEE float multiply or add.
 * The same holds for the double row combinations of {@link RowCombination}.
 * Two implementations compute exactly that: {@link VectorLanes} with the JDK's Vector API (SIMD, where
 * the JVM was started with {@code --add-modules jdk.incubator.vector}) and {@link ScalarLanes} in plain
 * Java. So training gives the same bits with either, and only its speed depends on the JVM's flags.
 */
abstract class Lanes {
    static final int WIDTH = 8;
    /** Set to {@code false} to use the plain-Java kernels even where the Vector API is available. */
    static final String VECTOR_PROPERTY = "musicrec.als.vector";
    private static final Logger LOG = Logger.getLogger(Lanes.class.getName());
    private static final Lanes BEST = choose();

    /** The fastest implementation this JVM can run. */
    static Lanes best() {
        return BEST;
    }

    /** The plain-Java implementation (same results as {@link #best}). */
    static Lanes scalar() {
        return new ScalarLanes();
    }

    abstract String name();

    /** The sum of a[ao + i] * b[i] over i below k, in the order described above. */
    abstract float dot(float[] a, int ao, float[] b, int k);

    /** acc[i] = acc[i] + c * a[ao + i] for i below k. */
    abstract void addScaled(float[] acc, float c, float[] a, int ao, int k);

    /** out[i] = out[i] + acc[i] (widened to double, exactly), then acc[i] = 0, for i below k. */
    abstract void drain(float[] acc, double[] out, int k);

    /**
     * For {@link RowCombination}: out[i] = out[i] + c0 m[o + i] + c1 m[o + w + i] + c2 m[o + 2w + i] + c3 m[o + 3w + i]
     * for i below w = {@code width}, the terms added left to right.
     */
    abstract void addFourRows(double[] out, int width, double[] m, int o, double c0, double c1, double c2, double c3);

    /** For {@link RowCombination}: out[i] = out[i] + c m[o + i] for i below {@code width}. */
    abstract void addRow(double[] out, int width, double[] m, int o, double c);

    private static Lanes choose() {
        // Incubator modules are resolved only when asked for; touching VectorLanes without the module
        // would fail to link, so look first.
        if (!Boolean.parseBoolean(System.getProperty(VECTOR_PROPERTY, "true"))) {
            LOG.info("ALS kernels: plain Java (" + VECTOR_PROPERTY + "=false)");
            return new ScalarLanes();
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            LOG.info("ALS kernels: plain Java, same results, slower (start the JVM with --add-modules"
                    + " jdk.incubator.vector for the SIMD ones)");
            return new ScalarLanes();
        }
        try {
            Lanes lanes = VectorLanes.create();
            LOG.info("ALS kernels: SIMD (Vector API, jdk.incubator.vector)");
            return lanes;
        } catch (LinkageError | RuntimeException e) {
            LOG.warning("ALS kernels: Vector API unusable (" + e + "); using plain Java");
            return new ScalarLanes();
        }
    }
}

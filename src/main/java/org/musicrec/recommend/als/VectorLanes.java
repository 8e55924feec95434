package org.musicrec.recommend.als;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Lanes} with the Vector API: one 256-bit vector holds the eight lane sums. Multiplies and adds
 * are separate lanewise operations (no fused multiply-add), so each lane rounds exactly as the scalar
 * code does; the lanes are added up in {@link ScalarLanes}'s order, not by {@code reduceLanes}, whose
 * order the API leaves open. Loaded only when the module is present ({@link Lanes#best}).
 */
final class VectorLanes extends Lanes {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final VectorSpecies<Double> HALF = DoubleVector.SPECIES_256;
    private static final FloatVector ZERO = FloatVector.zero(SPECIES);

    private VectorLanes() {
    }

    static VectorLanes create() {
        if (SPECIES.length() != WIDTH) {
            throw new IllegalStateException("256-bit float species has " + SPECIES.length() + " lanes");
        }
        VectorLanes lanes = new VectorLanes();
        float[] probe = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        if (lanes.dot(probe, 0, probe, 9) != 285f) {
            throw new IllegalStateException("Vector API self-check failed");
        }
        return lanes;
    }

    @Override
    String name() {
        return "vector";
    }

    @Override
    float dot(float[] a, int ao, float[] b, int k) {
        // Two vectors of lane sums (even and odd blocks of eight) halve the chain of dependent adds.
        FloatVector even = FloatVector.zero(SPECIES);
        FloatVector odd = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 2 * WIDTH <= k; i += 2 * WIDTH) {
            even = even.add(FloatVector.fromArray(SPECIES, a, ao + i).mul(FloatVector.fromArray(SPECIES, b, i)));
            odd = odd.add(FloatVector.fromArray(SPECIES, a, ao + i + WIDTH).mul(FloatVector.fromArray(SPECIES, b, i + WIDTH)));
        }
        if (i + WIDTH <= k) {
            even = even.add(FloatVector.fromArray(SPECIES, a, ao + i).mul(FloatVector.fromArray(SPECIES, b, i)));
            i += WIDTH;
        }
        FloatVector sums = even.add(odd);
        float s = ((sums.lane(0) + sums.lane(1)) + (sums.lane(2) + sums.lane(3)))
                + ((sums.lane(4) + sums.lane(5)) + (sums.lane(6) + sums.lane(7)));
        return ScalarLanes.addProductsFrom(s, a, ao, b, i, k);
    }

    @Override
    void addScaled(float[] acc, float c, float[] a, int ao, int k) {
        int i = 0;
        for (; i + WIDTH <= k; i += WIDTH) {
            FloatVector.fromArray(SPECIES, acc, i)
                    .add(FloatVector.fromArray(SPECIES, a, ao + i).mul(c))
                    .intoArray(acc, i);
        }
        ScalarLanes.addScaledFrom(acc, c, a, ao, i, k);
    }

    /**
     * Vector loads of {@code acc}, which vector stores have just written (scalar reads of single lanes can
     * wait for those stores to reach the cache, as a JFR profile of the scalar form showed; BENCHMARKS.md),
     * widened to two double halves.
     */
    @Override
    void drain(float[] acc, double[] out, int k) {
        int i = 0;
        for (; i + WIDTH <= k; i += WIDTH) {
            FloatVector f = FloatVector.fromArray(SPECIES, acc, i);
            DoubleVector low = (DoubleVector) f.convertShape(VectorOperators.F2D, HALF, 0);
            DoubleVector high = (DoubleVector) f.convertShape(VectorOperators.F2D, HALF, 1);
            DoubleVector.fromArray(HALF, out, i).add(low).intoArray(out, i);
            DoubleVector.fromArray(HALF, out, i + HALF.length()).add(high).intoArray(out, i + HALF.length());
            ZERO.intoArray(acc, i);
        }
        ScalarLanes.drainFrom(acc, out, i, k);
    }

    /** Lanewise the operations of {@link ScalarLanes#addFourRowsFrom}, in the same order. */
    @Override
    void addFourRows(double[] out, int width, double[] m, int o, double c0, double c1, double c2, double c3) {
        int o1 = o + width;
        int o2 = o1 + width;
        int o3 = o2 + width;
        int i = 0;
        for (; i + HALF.length() <= width; i += HALF.length()) {
            DoubleVector.fromArray(HALF, out, i)
                    .add(DoubleVector.fromArray(HALF, m, o + i).mul(c0))
                    .add(DoubleVector.fromArray(HALF, m, o1 + i).mul(c1))
                    .add(DoubleVector.fromArray(HALF, m, o2 + i).mul(c2))
                    .add(DoubleVector.fromArray(HALF, m, o3 + i).mul(c3))
                    .intoArray(out, i);
        }
        ScalarLanes.addFourRowsFrom(out, i, width, m, o, c0, c1, c2, c3);
    }

    @Override
    void addRow(double[] out, int width, double[] m, int o, double c) {
        int i = 0;
        for (; i + HALF.length() <= width; i += HALF.length()) {
            DoubleVector.fromArray(HALF, out, i).add(DoubleVector.fromArray(HALF, m, o + i).mul(c)).intoArray(out, i);
        }
        ScalarLanes.addRowFrom(out, i, width, m, o, c);
    }
}

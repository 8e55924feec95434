package org.musicrec.audio.pca;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted PCA: the standardisation (means, scales) and the kept components, enough to project any
 * later track without refitting. {@link #toMap()} / {@link #fromMap(Map)} give a plain map of lists
 * and numbers for storing as a (versioned) document.
 *
 * @param columns            name of each input value, in order
 * @param means              per-column mean used for standardisation
 * @param scales             per-column population std (1 for constant columns)
 * @param components         k x d, unit-length principal axes in the standardised space, strongest first
 * @param explainedVariance  variance of the standardised data along each kept axis (eigenvalue)
 * @param explainedRatio     share of the total variance along each kept axis
 * @param trackCount         number of tracks the model was fitted on
 * @param fittedAt           when it was fitted
 */
public record PcaModel(List<String> columns, double[] means, double[] scales, double[][] components,
                       double[] explainedVariance, double[] explainedRatio, int trackCount, Instant fittedAt) {
    public PcaModel {
        columns = List.copyOf(columns);
        int d = columns.size();
        if (means.length != d || scales.length != d) {
            throw new IllegalArgumentException("means/scales must have " + d + " values");
        }
        if (components.length == 0 || explainedVariance.length != components.length || explainedRatio.length != components.length) {
            throw new IllegalArgumentException("components and explained variances must be non-empty and of one length");
        }
        for (double[] c : components) {
            if (c.length != d) {
                throw new IllegalArgumentException("each component must have " + d + " loadings");
            }
        }
        means = means.clone();
        scales = scales.clone();
        components = Arrays.stream(components).map(double[]::clone).toArray(double[][]::new);
        explainedVariance = explainedVariance.clone();
        explainedRatio = explainedRatio.clone();
    }

    public int componentCount() {
        return components.length;
    }

    public double totalExplainedRatio() {
        return Arrays.stream(explainedRatio).sum();
    }

    /** Coordinates of one track (its values in {@link #columns()} order) on the kept components. */
    public double[] project(double[] values) {
        double[] z = new Standardizer(means, scales).transform(values);
        double[] out = new double[components.length];
        for (int k = 0; k < components.length; k++) {
            double sum = 0;
            for (int j = 0; j < z.length; j++) {
                sum += components[k][j] * z[j];
            }
            out[k] = sum;
        }
        return out;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("columns", columns);
        m.put("means", list(means));
        m.put("scales", list(scales));
        m.put("components", Arrays.stream(components).map(PcaModel::list).toList());
        m.put("explainedVariance", list(explainedVariance));
        m.put("explainedRatio", list(explainedRatio));
        m.put("trackCount", trackCount);
        m.put("fittedAt", fittedAt.toString());
        return m;
    }

    /** Reads what {@link #toMap()} wrote (numbers may come back as any {@link Number}, the date as text or Date). */
    @SuppressWarnings("unchecked")
    public static PcaModel fromMap(Map<String, ?> m) {
        List<String> columns = new ArrayList<>((List<String>) m.get("columns"));
        double[][] components = ((List<List<Number>>) m.get("components")).stream().map(PcaModel::array).toArray(double[][]::new);
        Object at = m.get("fittedAt");
        Instant fittedAt = at instanceof java.util.Date date ? date.toInstant() : Instant.parse(String.valueOf(at));
        return new PcaModel(columns, array((List<Number>) m.get("means")), array((List<Number>) m.get("scales")), components,
                array((List<Number>) m.get("explainedVariance")), array((List<Number>) m.get("explainedRatio")),
                ((Number) m.get("trackCount")).intValue(), fittedAt);
    }

    private static List<Double> list(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    private static double[] array(List<Number> v) {
        return v.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PcaModel p && columns.equals(p.columns) && Arrays.equals(means, p.means)
                && Arrays.equals(scales, p.scales) && Arrays.deepEquals(components, p.components)
                && Arrays.equals(explainedVariance, p.explainedVariance) && Arrays.equals(explainedRatio, p.explainedRatio)
                && trackCount == p.trackCount && fittedAt.equals(p.fittedAt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(means) * 31 + trackCount;
    }

    @Override
    public String toString() {
        return String.format("PcaModel[%d columns, %d components explaining %.3f, %d tracks, %s]",
                columns.size(), components.length, totalExplainedRatio(), trackCount, fittedAt);
    }
}

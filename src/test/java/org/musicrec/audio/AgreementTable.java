package org.musicrec.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.musicrec.audio.FeatureColumns.Column;
import org.musicrec.audio.FeatureStatistics.Statistic;

/**
 * Errors of our features against librosa's reference file, each as |ours - librosa| divided by the
 * column's population standard deviation across the reference clips.
 */
final class AgreementTable {
    private final Map<String, double[]> reference;
    private final double[] spread;

    AgreementTable(Map<String, double[]> reference) {
        this.reference = reference;
        int n = FeatureColumns.count();
        spread = new double[n];
        for (int c = 0; c < n; c++) {
            double mean = 0;
            for (double[] r : reference.values()) {
                mean += r[c];
            }
            mean /= reference.size();
            double var = 0;
            for (double[] r : reference.values()) {
                var += (r[c] - mean) * (r[c] - mean);
            }
            spread[c] = Math.sqrt(var / reference.size());
        }
    }

    static AgreementTable load(Path csv) throws IOException {
        try (var in = Files.newBufferedReader(csv)) {
            return new AgreementTable(FeaturesCsv.read(in));
        }
    }

    Map<String, double[]> reference() {
        return reference;
    }

    /** Errors of one track's values against another set of values (e.g. two decodes of one clip). */
    double[] errors(double[] ours, double[] theirs) {
        double[] e = new double[ours.length];
        for (int c = 0; c < e.length; c++) {
            // a column constant across all clips (zcr min/max are 0 in 30 s music) compares absolutely
            e[c] = Math.abs(ours[c] - theirs[c]) / (spread[c] > 0 ? spread[c] : 1.0);
        }
        return e;
    }

    /** Summary over tracks present in both maps. */
    Summary compare(Map<String, double[]> ours) {
        List<Double> all = new ArrayList<>();
        double worstCentral = 0;
        Map<String, Double> worstByFamily = new TreeMap<>();
        for (var entry : ours.entrySet()) {
            double[] e = errors(entry.getValue(), reference.get(entry.getKey()));
            for (int c = 0; c < e.length; c++) {
                Column col = FeatureColumns.all().get(c);
                all.add(e[c]);
                worstByFamily.merge(col.feature() + "," + col.statistic().columnName(), e[c], Math::max);
                if (col.statistic() == Statistic.MEAN || col.statistic() == Statistic.MEDIAN || col.statistic() == Statistic.STD) {
                    worstCentral = Math.max(worstCentral, e[c]);
                }
            }
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Summary(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.99), sorted[sorted.length - 1],
                worstCentral, worstByFamily);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    record Summary(int values, double median, double p99, double max, double worstMeanMedianStd,
                   Map<String, Double> worstByFamily) {
        String render(String title) {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d values, median %.2e, p99 %.2e, max %.2e, worst mean/median/std %.2e%n",
                    title, values, median, p99, max, worstMeanMedianStd));
            worstByFamily.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  worst %-28s %.2e%n", k, v)));
            return s.toString();
        }

        String oneLine(String title) {
            return String.format(Locale.ROOT, "%-44s median %.2e  p99 %.2e  max %.2e  worst mean/median/std %.2e",
                    title, median, p99, max, worstMeanMedianStd);
        }
    }
}

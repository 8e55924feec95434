package org.musicrec.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.musicrec.audio.FeatureStatistics.Statistic;

/**
 * The 154 columns in FMA's features.csv order: feature (mfcc, spectral_centroid, zcr), then
 * statistic (alphabetical), then number 01..20 (01 for the one-row features).
 */
public final class FeatureColumns {
    /** One column: ("mfcc", MEAN, 1) is FMA's {@code mfcc,mean,01}. */
    public record Column(String feature, Statistic statistic, int number) {
        /** FMA's three header cells joined by commas, e.g. {@code mfcc,mean,01}; also the map key. */
        public String key() {
            return feature + "," + statistic.columnName() + "," + String.format(Locale.ROOT, "%02d", number);
        }
    }

    public static final String MFCC = "mfcc";
    public static final String SPECTRAL_CENTROID = "spectral_centroid";
    public static final String ZCR = "zcr";

    private static final List<Column> COLUMNS = build();

    private FeatureColumns() {
    }

    public static List<Column> all() {
        return COLUMNS;
    }

    public static int count() {
        return COLUMNS.size();
    }

    /** Index of a column in {@link #all()}. */
    public static int indexOf(String feature, Statistic statistic, int number) {
        int stats = Statistic.values().length;
        return switch (feature) {
            case MFCC -> statistic.ordinal() * Mfcc.N_MFCC + (number - 1);
            case SPECTRAL_CENTROID -> stats * Mfcc.N_MFCC + statistic.ordinal();
            case ZCR -> stats * Mfcc.N_MFCC + stats + statistic.ordinal();
            default -> throw new IllegalArgumentException("unknown feature " + feature);
        };
    }

    private static List<Column> build() {
        List<Column> columns = new ArrayList<>();
        for (Statistic s : Statistic.values()) {
            for (int k = 1; k <= Mfcc.N_MFCC; k++) {
                columns.add(new Column(MFCC, s, k));
            }
        }
        for (Statistic s : Statistic.values()) {
            columns.add(new Column(SPECTRAL_CENTROID, s, 1));
        }
        for (Statistic s : Statistic.values()) {
            columns.add(new Column(ZCR, s, 1));
        }
        return List.copyOf(columns);
    }
}

package org.musicrec.audio;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.musicrec.audio.FeatureStatistics.Statistic;

/**
 * The 154 FMA feature values of one track, in {@link FeatureColumns} order.
 *
 * @param trackId         the track id (file stem, leading zeros dropped when all digits)
 * @param values          154 values in column order
 * @param sampleRate      the decoded audio's native rate
 * @param durationSeconds the decoded duration
 */
public record TrackFeatures(String trackId, double[] values, int sampleRate, double durationSeconds) {
    public TrackFeatures {
        if (values.length != FeatureColumns.count()) {
            throw new IllegalArgumentException("expected " + FeatureColumns.count() + " values, got " + values.length);
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(String feature, Statistic statistic, int number) {
        return values[FeatureColumns.indexOf(feature, statistic, number)];
    }

    /** Column key ({@code mfcc,mean,01}) to value, in column order: the shape stored on a track document. */
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(FeatureColumns.all().get(i).key(), values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackFeatures t && trackId.equals(t.trackId) && Arrays.equals(values, t.values)
                && sampleRate == t.sampleRate && durationSeconds == t.durationSeconds;
    }

    @Override
    public int hashCode() {
        return trackId.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TrackFeatures[" + trackId + ", " + values.length + " values, " + sampleRate + " Hz, " + durationSeconds + " s]";
    }
}

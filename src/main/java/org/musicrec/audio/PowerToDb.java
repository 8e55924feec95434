package org.musicrec.audio;

/** librosa.power_to_db(S, ref=1.0, amin=1e-10, top_db=80.0), the floor taken over the whole clip. */
public final class PowerToDb {
    public static final double AMIN = 1e-10;
    public static final double TOP_DB = 80.0;

    private PowerToDb() {
    }

    /** Converts every value in place and returns the clip's maximum in dB. */
    public static double applyInPlace(double[][] power) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] frame : power) {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = 10.0 * Math.log10(Math.max(AMIN, frame[i]));
                max = Math.max(max, frame[i]);
            }
        }
        double floor = max - TOP_DB;
        for (double[] frame : power) {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = Math.max(frame[i], floor);
            }
        }
        return max;
    }
}

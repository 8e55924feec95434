package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MelFilterBankTest {
    @Test
    void slaneyScaleIsLinearBelow1kHzAndLogAbove() {
        assertEquals(0.0, MelFilterBank.hzToMel(0), 1e-12);
        assertEquals(3.0, MelFilterBank.hzToMel(200), 1e-12); // 200 / (200/3)
        assertEquals(15.0, MelFilterBank.hzToMel(1000), 1e-12);
        assertEquals(15.0 + 27.0, MelFilterBank.hzToMel(6400), 1e-9); // one log step of ln(6.4)/27 per mel
        for (double hz : new double[] {50, 999, 1000, 4321, 11025}) {
            assertEquals(hz, MelFilterBank.melToHz(MelFilterBank.hzToMel(hz)), 1e-9);
        }
    }

    @Test
    void trianglesAreAreaNormalisedAndPeakAtTheirCentre() {
        int sr = 44100;
        MelFilterBank bank = new MelFilterBank(sr, 2048, 128);
        double binHz = sr / 2048.0;
        double maxMel = MelFilterBank.hzToMel(sr / 2.0);
        for (int m = 40; m < 128; m += 11) {
            double lo = MelFilterBank.melToHz(maxMel * m / 129);
            double centre = MelFilterBank.melToHz(maxMel * (m + 1) / 129);
            double hi = MelFilterBank.melToHz(maxMel * (m + 2) / 129);
            double area = 0;
            int peak = 0;
            for (int k = 0; k < 1025; k++) {
                double w = bank.weight(m, k);
                area += w * binHz;
                peak = w > bank.weight(m, peak) ? k : peak;
                if (k * binHz <= lo || k * binHz >= hi) {
                    assertEquals(0.0, w, "band " + m + " outside its edges at bin " + k);
                }
            }
            // Slaney norm 2/(hi - lo) makes the triangle's area 1 (Hz-weighted); sampling at bins blurs it a little
            assertEquals(1.0, area, 0.05, "band " + m);
            assertEquals(centre, peak * binHz, binHz, "band " + m + " peak");
        }
    }

    @Test
    void weightAtABinFollowsTheTriangleFormula() {
        MelFilterBank bank = new MelFilterBank(22050, 2048, 128);
        double maxMel = MelFilterBank.hzToMel(11025);
        int m = 60;
        double lo = MelFilterBank.melToHz(maxMel * m / 129);
        double c = MelFilterBank.melToHz(maxMel * (m + 1) / 129);
        double hi = MelFilterBank.melToHz(maxMel * (m + 2) / 129);
        int k = (int) Math.ceil(lo / (22050.0 / 2048)) + 1;
        double f = k * 22050.0 / 2048;
        double expected = (f < c ? (f - lo) / (c - lo) : (hi - f) / (hi - c)) * 2 / (hi - lo);
        assertEquals(expected, bank.weight(m, k), 1e-12);
        assertTrue(expected > 0);
    }

    @Test
    void appliesToPowerNotMagnitude() {
        MelFilterBank bank = new MelFilterBank(22050, 2048, 128);
        double[] mag = new double[1025];
        mag[200] = 3;
        double[] mel = new double[128];
        bank.applyToPower(mag, mel);
        for (int m = 0; m < 128; m++) {
            assertEquals(9 * bank.weight(m, 200), mel[m], 1e-12);
        }
    }
}

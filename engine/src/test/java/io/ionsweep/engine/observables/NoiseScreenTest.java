package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The noise screen of the <T> quadrature: on a closed form with one peak made noisy, as the transfer-matrix
 * kernels are near narrow resonances of chains of wells, and on the four-site filter where that noise cost
 * <T> 2.1e-6, against an independent mpmath integral.
 */
class NoiseScreenTest {
    private static final double[] ER = {0.05, 0.12, 0.3};
    private static final double[] GAMMA = {2e-12, 1e-7, 1e-4};
    private static final double BACKGROUND = 1e-6;
    /**
     * The noisy peak and the fast integrand's relative error on its flanks, random and, like the kernels'
     * (T = 1 / |M22 + noise|^2), low on average.
     */
    private static final int NOISY = 1;
    private static final double NOISE = 1e-3;
    /** ...which vanishes this far (eV) from the peak, short of the other peaks. */
    private static final double NOISE_REACH = 1e-3;

    private static double exact(double e) {
        double f = BACKGROUND;
        for (int j = 0; j < ER.length; j++) {
            double x = (e - ER[j]) / (0.5 * GAMMA[j]);
            f += 1 / (1 + x * x);
        }
        return f;
    }

    /** A deterministic pseudo-random number in [-1, 1] per energy. */
    private static double jitter(double e) {
        long h = Double.doubleToLongBits(e) * 0x9E3779B97F4A7C15L;
        return ((h >>> 11) * 0x1p-53) * 2 - 1;
    }

    @Test
    void noisyPeakIsTakenFromTheStableIntegrandAndTheIntegralIsExact() {
        double a = 0;
        double b = 0.5;
        double h = 0.5 * GAMMA[NOISY];
        List<Double> stableAt = new ArrayList<>();
        BatchGaussKronrod.LogIntegrand fast = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                double d = Math.abs(e[i] - ER[NOISY]);
                double reach = d < NOISE_REACH ? Math.min(1, h / d) : 0;
                out[i] = Math.log(exact(e[i]) * (1 - NOISE * reach * Math.abs(jitter(e[i]))));
            }
        };
        BatchGaussKronrod.LogIntegrand stable = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                stableAt.add(e[i]);
                out[i] = Math.log(exact(e[i]));
            }
        };
        double want = BACKGROUND * (b - a);
        for (int j = 0; j < ER.length; j++) {
            double hj = 0.5 * GAMMA[j];
            want += hj * (Math.atan((b - ER[j]) / hj) - Math.atan((a - ER[j]) / hj));
        }
        double screened = Math.exp(BatchGaussKronrod.logIntegral(fast, stable,
                BoltzmannAverage.panels(a, b, new TreeSet<>(), ER, GAMMA), 1e-9));
        double unscreened = Math.exp(BatchGaussKronrod.logIntegral(fast, null,
                BoltzmannAverage.panels(a, b, new TreeSet<>(), ER, GAMMA), 1e-9));
        System.out.printf("noisy peak: screened %.3e, unscreened %.3e relative error; %d stable evaluations%n",
                screened / want - 1, unscreened / want - 1, stableAt.size());
        assertEquals(want, screened, 1e-10 * want);
        // the noise is large enough to matter without the screen
        assertTrue(Math.abs(unscreened / want - 1) > 1e-9, "unscreened " + (unscreened / want - 1));
        // the stable integrand ran only at the noisy peak (its panels, which reach less than half-way to its
        // neighbours, and the two probes of each peak)
        double from = 0.5 * (ER[NOISY - 1] + ER[NOISY]);
        double to = 0.5 * (ER[NOISY] + ER[NOISY + 1]);
        for (double e : stableAt) {
            boolean probe = false;
            for (int j = 0; j < ER.length; j++) {
                probe |= e == ER[j] - 0.5 * GAMMA[j] || e == ER[j] + 0.5 * GAMMA[j];
            }
            assertTrue(probe || (e > from && e < to), "stable at " + e);
        }
        assertTrue(stableAt.size() > 2 * ER.length, "no panel was re-evaluated");
    }

    /**
     * Figure-map.yaml configuration 74 (four-site K+ filter, barriers 0.4 eV x 0.15 A, wells 0.05 eV x 3 A, 300 K):
     * <T> against independent_thermal.mean_transmission (mpmath, 40 digits), as scripts/audit_thermal.py
     * computed it for that configuration (see independent/figure-map-74-thermal.json). Without the screen the
     * kernels' noise at resonances with Q = 1e10-1e12 made it 2.1e-6 low.
     */
    @Test
    void fourSiteFilterWithResonancesUpToQ1e12MatchesMpmath() {
        Staircase s = FigureMap74.profile();
        double massU = FigureMap74.MASS_U;
        ThermalWindow window = ThermalWindow.of(s, 300);
        double log10 = BoltzmannAverage.log10MeanTransmission(s, massU, window, ResonanceFinder.find(s, massU, window));
        double independent = FigureMap74.MEAN_TRANSMISSION_MPMATH;
        double rel = Math.pow(10, log10) / independent - 1;
        System.out.printf("figure-map configuration 74: <T> %.15e, relative difference to mpmath %.2e%n",
                Math.pow(10, log10), rel);
        assertEquals(0, rel, 1e-8);
    }
}

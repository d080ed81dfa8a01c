package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Panels laid out around approximate poles (the quadrature guide's), moved onto the stable evaluator's own pole
 * where the noise screen sends a resonance to it: the determinant's pole found from an approximate one
 * (against independent mpmath poles), the new panels' coverage, and the integral of a closed form whose peak
 * lies off the approximate pole.
 */
class GuideRelayoutTest {
    /** K+ as in narrow_poles.py. */
    private static final double K_MASS_U = 39.0983 - 5.48579909065e-4;

    @Test
    void polishReachesTheIndependentPoleFromAnApproximateOne() {
        int checked = 0;
        double worstE = 0;
        double worstG = 0;
        for (JsonNode c : NarrowPoleWidthTest.referenceCases()) {
            Staircase s = ReferenceData.staircase(c);
            ComplexFunction det = PoleFinder.determinant(s, K_MASS_U);
            for (JsonNode p : c.get("poles")) {
                double er = Double.parseDouble(p.get(0).asText());
                double gamma = Double.parseDouble(p.get(1).asText());
                if (gamma < 1e-12 * er || gamma > 1e-6 * er) {
                    continue;
                }
                // as far off as the guide's poles are found to be: a few per cent of the width
                double[] z = QuadratureGuide.polish(det, er + 0.05 * gamma, 0.55 * gamma);
                String where = s + " E_r " + er + " Gamma " + gamma;
                assertNotNull(z, where);
                double relE = Math.abs(z[0] / er - 1);
                double relG = Math.abs(2 * z[1] / gamma - 1);
                assertTrue(relE <= 1e-12, where + ": E_r " + z[0]);
                assertTrue(relG <= 1e-3, where + ": Gamma " + 2 * z[1]);
                worstE = Math.max(worstE, relE);
                worstG = Math.max(worstG, relG);
                checked++;
            }
        }
        System.out.printf("polish from approximate poles: %d poles, worst rel E_r %.1e, Gamma %.1e%n", checked, worstE,
                worstG);
        assertTrue(checked >= 300, "poles checked: " + checked);
    }

    @Test
    void polishGivesUpWhereNoPoleIsNear() {
        JsonNode c = NarrowPoleWidthTest.referenceCases().get(0);
        Staircase s = ReferenceData.staircase(c);
        double er = Double.parseDouble(c.get("poles").get(3).get(0).asText());
        double gamma = Double.parseDouble(c.get("poles").get(3).get(1).asText());
        // twenty widths off: the determinant's pole lies outside the reach an approximate pole is allowed
        assertNull(QuadratureGuide.polish(PoleFinder.determinant(s, K_MASS_U), er + 20 * gamma, 0.5 * gamma));
    }

    /** The peaks as the stable evaluator sees them, on a background: the middle one at (ER, H). */
    private static final double ER = 0.12;
    private static final double H = 5e-8;
    private static final double[] PEAK_E = {0.05, ER, 0.3};
    private static final double[] PEAK_H = {5e-10, H, 5e-5};
    private static final double BACKGROUND = 1e-6;

    private static double exact(double e) {
        double f = BACKGROUND;
        for (int j = 0; j < PEAK_E.length; j++) {
            double x = (e - PEAK_E[j]) / PEAK_H[j];
            f += 1 / (1 + x * x);
        }
        return f;
    }

    private static double integral(double a, double b) {
        double sum = BACKGROUND * (b - a);
        for (int j = 0; j < PEAK_E.length; j++) {
            sum += PEAK_H[j] * (Math.atan((b - PEAK_E[j]) / PEAK_H[j]) - Math.atan((a - PEAK_E[j]) / PEAK_H[j]));
        }
        return sum;
    }

    @Test
    void relaidPanelsCoverTheSameStretchAndIntegrateThePeakOffTheApproximatePole() {
        double a = 0;
        double b = 0.5;
        // the guide's pole: 4 % of a half-width low, its width 3 % wide
        double[] guideE = {0.05, ER - 0.04 * H, 0.3};
        double[] guideG = {2 * PEAK_H[0], 2 * 1.03 * H, 2 * PEAK_H[2]};
        List<MappedPanel> laid = BoltzmannAverage.panels(a, b, new TreeSet<>(), guideE, guideG);
        List<MappedPanel> peak = new ArrayList<>();
        for (MappedPanel p : laid) {
            if (p.map != MappedPanel.Map.LINEAR && p.centre == guideE[1]) {
                peak.add(p);
            }
        }
        assertEquals(3, peak.size(), "core and two tails");
        List<MappedPanel> moved = BoltzmannAverage.relayout(peak, ER, H);
        assertEquals(3, moved.size());
        MappedPanel first = peak.get(0);
        MappedPanel last = peak.get(2);
        double stretch = last.energy(last.t1) - first.energy(first.t1);
        assertEquals(first.energy(first.t1), moved.get(0).energy(moved.get(0).t1), 4 * Math.ulp(stretch));
        assertEquals(last.energy(last.t1), moved.get(2).energy(moved.get(2).t1), 4 * Math.ulp(stretch));
        MappedPanel core = moved.get(1);
        assertEquals(MappedPanel.Map.LORENTZIAN, core.map);
        assertEquals(ER, core.centre);
        assertEquals(H, core.halfWidth);
        // the tails meet the core where it ends
        assertEquals(core.energy(core.t0), moved.get(0).energy(moved.get(0).t0), 4 * Math.ulp(ER));
        assertEquals(core.energy(core.t1), moved.get(2).energy(moved.get(2).t0), 4 * Math.ulp(ER));

        // the fast integrand is noisy at the peak (so the screen sends it to the stable one), the stable one exact
        BatchGaussKronrod.LogIntegrand fast = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                double d = Math.abs(e[i] - ER);
                out[i] = Math.log(exact(e[i]) * (1 - 1e-3 * Math.min(1, H / d) * ((i % 7) / 7.0)));
            }
        };
        int[] stableCount = new int[1];
        BatchGaussKronrod.LogIntegrand stable = (e, out, n) -> {
            stableCount[0] += n;
            for (int i = 0; i < n; i++) {
                out[i] = Math.log(exact(e[i]));
            }
        };
        UnaryOperator<List<MappedPanel>> toTruePole = old -> old.stream().anyMatch(p -> p.centre == guideE[1])
                ? BoltzmannAverage.relayout(old, ER, H) : null;
        double want = integral(a, b);
        double kept = Math.exp(BatchGaussKronrod.logIntegral(fast, stable, null,
                BoltzmannAverage.panels(a, b, new TreeSet<>(), guideE, guideG), 1e-10));
        int keptStable = stableCount[0];
        stableCount[0] = 0;
        double relaid = Math.exp(BatchGaussKronrod.logIntegral(fast, stable, toTruePole,
                BoltzmannAverage.panels(a, b, new TreeSet<>(), guideE, guideG), 1e-10));
        int relaidStable = stableCount[0];
        System.out.printf("peak off its approximate pole: kept %.2e (%d stable evaluations), relaid %.2e (%d)%n",
                kept / want - 1, keptStable, relaid / want - 1, relaidStable);
        // (here the tails' background, not the core, sets the count: see the next test for what relaying saves)
        assertEquals(want, relaid, 1e-9 * want);
        assertEquals(want, kept, 1e-9 * want);
        assertTrue(relaidStable > 0 && keptStable > 0);
    }

    /**
     * The workload's filter whose guided <T> cost the most stable evaluations (four sites, barriers 0.2 eV x
     * 0.2 A, wells 3 A at the leads' level): laid out again, the same <T> as the full search's, for a fraction
     * of the evaluations (T from the scattering matrices, plus the determinant's evaluations locating poles). (Its
     * resonances near Q = 1e11-1e12 are where the amplitude's and the determinant's poles differ by a few per cent of
     * the width.)
     */
    @Test
    void guidedFilterWithNarrowResonancesAgreesWithTheFullSearchForFewerStableEvaluations() {
        double[] v = new double[9];
        double[] w = new double[9];
        for (int i = 0; i < 9; i++) {
            v[i] = i % 2 == 0 ? 0.2 : 0;
            w[i] = i % 2 == 0 ? 0.2 : 3.0;
        }
        Staircase s = Staircase.of(0, 0, v, w);
        double massU = FigureMap74.MASS_U;
        ThermalWindow window = ThermalWindow.of(s, 300);
        double full = BoltzmannAverage.log10MeanTransmission(s, massU, window, ResonanceFinder.find(s, massU, window));
        List<Resonance> guide = QuadratureGuide.resonances(s, massU, window);
        double[] er = guide.stream().mapToDouble(Resonance::energyEv).toArray();
        double[] gamma = guide.stream().mapToDouble(Resonance::widthEv).toArray();
        TreeSet<Double> breaks = new TreeSet<>(List.of(s.maxPotentialEv()));
        io.ionsweep.engine.kernel.TransmissionKernel kernel = io.ionsweep.engine.kernel.KernelProvider.get();
        BoltzmannAverage.BatchLog10 fast = (e, out, n) -> kernel.log10Transmission(s, massU, e, out, n);
        io.ionsweep.engine.kernel.ScatteringTransmission matrix = new io.ionsweep.engine.kernel.ScatteringTransmission(s, massU);
        int[] count = new int[2];
        BoltzmannAverage.BatchLog10 stable = (e, out, n) -> {
            count[0] += n;
            for (int i = 0; i < n; i++) {
                out[i] = matrix.log10Transmission(e[i]);
            }
        };
        ComplexFunction det = PoleFinder.determinant(s, massU);
        BoltzmannAverage.PolePolisher polisher = (c, h) -> QuadratureGuide.polish((x, y) -> {
            count[1]++;
            return det.valueAt(x, y);
        }, c, h);
        double kept = BoltzmannAverage.log10Average(fast, stable, null, window, breaks, er, gamma);
        int keptCount = count[0];
        count[0] = 0;
        double relaid = BoltzmannAverage.log10Average(fast, stable, polisher, window, breaks, er, gamma);
        int relaidCount = count[0] + count[1];
        // the shipped path is this one
        assertEquals(relaid, BoltzmannAverage.log10MeanTransmission(s, massU, window, guide, true));
        System.out.printf("guided four-site filter: <T> kept %.1e, relaid %.1e from the full search's; stable "
                + "evaluations %d -> %d (%d of them the determinant's, locating poles)%n", Math.pow(10, kept - full) - 1,
                Math.pow(10, relaid - full) - 1, keptCount, relaidCount, count[1]);
        assertEquals(0, Math.pow(10, relaid - full) - 1, 1e-9);
        assertTrue(count[1] > 0 && relaidCount < keptCount / 2, "stable evaluations " + keptCount + " -> " + relaidCount);
    }

    /** figure-map.yaml configuration 74 through the guided path: against the independent mpmath <T>. */
    @Test
    void guidedFourSiteFilterWithResonancesUpToQ1e12MatchesMpmath() {
        Staircase s = FigureMap74.profile();
        double massU = FigureMap74.MASS_U;
        ThermalWindow window = ThermalWindow.of(s, 300);
        double log10 = BoltzmannAverage.log10MeanTransmission(s, massU, window,
                QuadratureGuide.resonances(s, massU, window), true);
        double rel = Math.pow(10, log10) / FigureMap74.MEAN_TRANSMISSION_MPMATH - 1;
        System.out.printf("figure-map configuration 74, guided: relative difference to mpmath %.2e%n", rel);
        assertEquals(0, rel, 1e-8);
    }
}

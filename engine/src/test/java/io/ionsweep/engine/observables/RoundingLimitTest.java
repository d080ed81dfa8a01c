package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Where rounding, not structure, sets the error estimate, the <T> quadrature stops instead of halving to its
 * panel limit, and still meets its accuracy: a peak narrower than an ulp (linear panels stop at
 * {@link MappedPanel#MIN_SPAN_ULPS}), and an integrand whose every value carries rounding noise (the error
 * estimate stalls; the integral stops below {@link BatchGaussKronrod#ROUNDOFF_FLOOR}). Each against a closed
 * form, with the integrand's evaluations counted (the limit was 200,000 panels, 3 million evaluations).
 */
class RoundingLimitTest {
    /** Far below what halving to the panel limit takes (millions), far above what these integrals need. */
    private static final long LIMIT = 200_000;

    /** A deterministic value in [-1, 1] from the bits of x: noise that no halving averages away. */
    private static double hash(double x) {
        long h = Double.doubleToRawLongBits(x) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return (h >>> 11) * 0x1p-52 - 1;
    }

    @Test
    void linearPanelsAreNotHalvedBelowTheUlpFloor() {
        double x = 0.0091334726655160;
        double ulp = Math.ulp(x);
        assertFalse(MappedPanel.linear(x, x + 63 * ulp).refinable());
        assertTrue(MappedPanel.linear(x, x + 65 * ulp).refinable());
        assertTrue(MappedPanel.linear(x, x + 1e-12).refinable());
        // in sqrt(E - e0): the energies' span counts, not t's
        double e0 = 0.3;
        MappedPanel narrow = MappedPanel.threshold(e0, e0 + 1e-20);
        assertFalse(narrow.refinable(), "t spans 1e-10 but E only rounding");
        assertTrue(MappedPanel.threshold(e0, e0 + 1e-9).refinable());
        // a resonance's own panels keep their depth limit and noise rule (unchanged)
        assertTrue(new MappedPanel(MappedPanel.Map.LORENTZIAN, x, 1e-20, -1, 1).refinable());
    }

    /**
     * A resonance a thousandth of an ulp wide, of peak 1, on a background of 1e-40 (a deep-tunnelling profile
     * whose tiny <T> an unresolvable resonance dominates, as in the fuzzed configuration that took 23 s): its
     * tails, Gamma^2 / 4 (E - E_r)^2, stand out of the background down to single ulps, so halving chases them.
     * It now stops at the floor: a bounded number of evaluations, and a finite integral between the
     * background's and the exact one (whose core no double grid can sample). Halving to single ulps had put a
     * node on the peak and given it an ulp's weight, a thousand times its area.
     */
    @Test
    void aResonanceNarrowerThanAnUlpIsNotChasedDownToSingleUlps() {
        double a = 0.0;
        double b = 0.3;
        double centre = 0.1 + 0.37 * Math.ulp(0.1);
        double background = 1e-40;
        double h = 0.5e-3 * Math.ulp(centre);
        AtomicLong evaluations = new AtomicLong();
        BatchGaussKronrod.LogIntegrand lnF = (e, out, n) -> {
            evaluations.addAndGet(n);
            for (int i = 0; i < n; i++) {
                double x = (e[i] - centre) / h;
                out[i] = Math.log(background * Math.exp(-e[i] / 0.025) + 1 / (1 + x * x));
            }
        };
        double backgroundIntegral = background * 0.025 * (1 - Math.exp(-b / 0.025));
        double exact = backgroundIntegral + h * (Math.atan((b - centre) / h) - Math.atan((a - centre) / h));
        List<MappedPanel> panels = List.of(MappedPanel.linear(a, 0.0731), MappedPanel.linear(0.0731, b));
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, panels, 1e-9));
        System.out.printf("Lorentzian of 1e-3 ulps: %.6e (background %.6e, exact %.6e), %d evaluations%n", got,
                backgroundIntegral, exact, evaluations.get());
        assertTrue(Double.isFinite(got) && got >= backgroundIntegral * (1 - 1e-9) && got <= exact, "got " + got);
        assertTrue(evaluations.get() < LIMIT, evaluations.get() + " evaluations");
    }

    /**
     * Every value carries relative noise of 1e-8 (as the backward-stable determinant's T does near narrow
     * resonances, there up to 1e-6): asked for 1e-12, halving only finds more noise (Gauss-Kronrod's estimate
     * of such noise is about (200 noise)^1.5, here 3e-9). The integral stops when
     * the estimate stalls below the floor, within the noise of the exact value, after a bounded number of
     * evaluations. With noise of 1e-6 (the estimate stalls above the floor) it does not stop there: it goes
     * on as before, and the error stays at the noise's level.
     */
    @Test
    void anIntegralLimitedByRoundingNoiseStopsBelowTheFloor() {
        double exact = 1 - Math.exp(-1);
        for (double noise : new double[] {1e-8, 1e-6}) {
            AtomicLong evaluations = new AtomicLong();
            BatchGaussKronrod.LogIntegrand lnF = (e, out, n) -> {
                evaluations.addAndGet(n);
                for (int i = 0; i < n; i++) {
                    out[i] = -e[i] + Math.log1p(noise * hash(e[i]));
                }
            };
            double[] lnParts = new double[2];
            double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, null, null, List.of(MappedPanel.linear(0, 1)),
                    1e-12, new double[0], lnParts));
            double unrefined = Math.exp(lnParts[1]);
            System.out.printf("noise %.0e: rel. error %.1e, unrefined %.1e, %d evaluations%n", noise,
                    Math.abs(got - exact) / exact, unrefined / exact, evaluations.get());
            assertEquals(exact, got, 10 * noise * exact, "noise " + noise);
            // stopped short of the tolerance, it keeps its error estimate for the bound on <T>'s undetermined part,
            // and the estimate covers the error
            assertTrue(unrefined >= Math.abs(got - exact), "unrefined " + unrefined);
            if (noise < BatchGaussKronrod.ROUNDOFF_FLOOR) {
                assertTrue(evaluations.get() < LIMIT, evaluations.get() + " evaluations");
                assertTrue(unrefined <= BatchGaussKronrod.ROUNDOFF_FLOOR * got, "unrefined " + unrefined);
            } else {
                assertTrue(evaluations.get() > 1_000_000, "above the floor halving goes on: " + evaluations.get());
            }
        }
    }

    /** An integral that converges leaves no panel unrefined, so it adds nothing to the bound on <T>. */
    @Test
    void aConvergedIntegralLeavesNothingUnrefined() {
        double[] lnParts = new double[2];
        BatchGaussKronrod.LogIntegrand lnF = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                out[i] = -e[i] / 0.025;
            }
        };
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, null, null, List.of(MappedPanel.linear(0, 1)), 1e-9,
                new double[0], lnParts));
        assertEquals(0.025 * -Math.expm1(-1 / 0.025), got, 1e-9 * got);
        assertEquals(Double.NEGATIVE_INFINITY, lnParts[1]);
    }

    /**
     * A layout of more panels than the cap (as tens of thousands of resonances give) is still refined: a narrow
     * peak inside one of 250,000 linear panels, against its closed form. The loop that refines ran only while the
     * panels were fewer than the cap, so such a layout kept its first, unrefined sum (here 2.8 % low).
     */
    @Test
    void aLayoutLargerThanThePanelCapIsStillRefined() {
        int n = BatchGaussKronrod.MAX_PANELS + 50_000;
        double centre = 0.123456789;
        double h = 1e-9;
        java.util.List<MappedPanel> panels = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            panels.add(MappedPanel.linear((double) k / n, (double) (k + 1) / n));
        }
        BatchGaussKronrod.LogIntegrand lnF = (e, out, m) -> {
            for (int i = 0; i < m; i++) {
                double x = (e[i] - centre) / h;
                out[i] = Math.log(1e-7 + 1 / (1 + x * x));
            }
        };
        double exact = 1e-7 + h * (Math.atan((1 - centre) / h) - Math.atan(-centre / h));
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, panels, 1e-9));
        System.out.printf("%d panels: %.12e vs exact %.12e%n", n, got, exact);
        assertEquals(exact, got, 1e-8 * exact);
    }
}

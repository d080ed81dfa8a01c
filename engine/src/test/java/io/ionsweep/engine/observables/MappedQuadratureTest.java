package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The <T> quadrature (panels fitted to resonances, batch-adaptive Gauss-Kronrod) against closed forms. */
class MappedQuadratureTest {

    /**
     * Lorentzians of widths from 1e-15 to 1e-3 (relative to their position), in multiplets and alone, on a
     * smooth background: the integral is a sum of arctangents. The panels know the peaks only as (E_r,
     * Gamma), as the pole search reports them.
     */
    @Test
    void lorentziansOfAnyWidthOnABackground() {
        double a = 0.0;
        double b = 0.5;
        double[] er = {0.01, 0.0100001, 0.0100002, 0.05, 0.12, 0.1200003, 0.3, 0.31};
        double[] gamma = {1e-17, 3e-17, 1e-17, 2e-12, 1e-9, 1e-9, 1e-4, 3e-3};
        double[] height = {1, 0.5, 1, 0.9, 1, 0.3, 0.7, 1};
        double background = 1e-6;
        BatchGaussKronrod.LogIntegrand lnF = lorentzians(er, gamma, height, background, 1);
        double exact = background * ((b - a) + 0.5 * (b * b - a * a)) + lorentzianIntegral(a, b, er, gamma, height);
        List<MappedPanel> panels = BoltzmannAverage.panels(a, b, new TreeSet<>(List.of(0.2)), er, gamma);
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, panels, 1e-12));
        System.out.printf("Lorentzians on a background: %.15e vs exact %.15e, rel %.1e%n", got, exact,
                Math.abs(got - exact) / exact);
        assertEquals(exact, got, 1e-10 * exact);
    }

    /**
     * Clusters of peaks that overlap within their widths, as the pole search reports them: an unresolved
     * quartet (members a few ulps apart, each with the resolution floor of 1024 ulps as its width), a quartet
     * split by five widths, and a double zero (two equal poles). Each cluster gets one Lorentzian core and
     * two tails: graded linear panels about every member (the old layout) stepped down to the width from
     * both sides, about 40 panels per side: 213 panels here, 18 now. The integral is exact to 1e-10 either way.
     */
    @Test
    void overlappingPeaksShareOnePanelSet() {
        double a = 0.0;
        double b = 0.2;
        double u = Math.ulp(0.05);
        double floor = 1024 * u;
        double[] er = {0.02, 0.05, 0.05 + 3 * u, 0.05 + 6 * u, 0.05 + 10 * u,
            0.09, 0.09 + 5e-12, 0.09 + 1e-11, 0.09 + 1.5e-11, 0.14, 0.14};
        double[] gamma = {1e-9, floor, floor, floor, floor, 1e-12, 1e-12, 1e-12, 1e-12, 3e-10, 3e-10};
        double[] height = {1, 1, 1, 1, 1, 0.5, 1, 1, 0.5, 1, 1};
        double background = 1e-6;
        BatchGaussKronrod.LogIntegrand lnF = lorentzians(er, gamma, height, background, 0);
        double exact = background * (b - a) + lorentzianIntegral(a, b, er, gamma, height);
        List<MappedPanel> panels = BoltzmannAverage.panels(a, b, new TreeSet<>(List.of(0.1)), er, gamma);
        long cores = panels.stream().filter(p -> p.map == MappedPanel.Map.LORENTZIAN).count();
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, panels, 1e-12));
        System.out.printf("Overlapping peaks: %d panels (%d cores), %.15e vs exact %.15e, rel %.1e%n", panels.size(),
                cores, got, exact, Math.abs(got - exact) / exact);
        assertEquals(4, cores, "one core per cluster and one for the lone peak");
        assertTrue(panels.size() <= 30, "panels: " + panels.size());
        assertEquals(exact, got, 1e-10 * exact);
    }

    /**
     * Overlapping broad resonances, as above the barrier (widths 0.1 to 3 spacings), on linear panels only: every
     * known pole lies outside each panel's Bernstein ellipse of parameter ELLIPSE (rho = |z + sqrt(z - 1) sqrt(z + 1)|,
     * z the pole in the panel's coordinates, here in complex arithmetic of the test's own), the panels are fewer
     * than the distance rule gave (three quarters of each panel start's distance to the nearest pole), and the
     * integral, a sum of arctangents, is right to 1e-10.
     */
    @Test
    void broadResonancesKeepOutsideEachPanelsEllipse() {
        double a = 0.0;
        double b = 1.0;
        int n = 41;
        double[] er = new double[n];
        double[] gamma = new double[n];
        java.util.Random random = new java.util.Random(20261203);
        for (int j = 0; j < n; j++) {
            er[j] = 0.02 + j * 0.024 + 0.004 * random.nextDouble();
            gamma[j] = 0.024 * Math.pow(30, random.nextDouble()) * 0.1;
        }
        double[] height = new double[n];
        java.util.Arrays.fill(height, 1);
        BatchGaussKronrod.LogIntegrand lnF = lorentzians(er, gamma, height, 1e-3, 0);
        double exact = 1e-3 * (b - a) + lorentzianIntegral(a, b, er, gamma, height);
        List<MappedPanel> panels = BoltzmannAverage.panels(a, b, new TreeSet<>(), er, gamma);
        int distanceRule = 0;
        for (double x = a; x < b; distanceRule++) {
            double d = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                d = Math.min(d, Math.hypot(x - er[j], 0.5 * gamma[j]));
            }
            x += 0.75 * d;
        }
        for (MappedPanel p : panels) {
            // the first is taken in sqrt(E - E0) (a lead opens there), over the interval the rule chose
            assertTrue(p.map == MappedPanel.Map.LINEAR || p.map == MappedPanel.Map.THRESHOLD, "no resonance here is narrow");
            double lo = p.energy(p.t0);
            double hi = p.energy(p.t1);
            for (int j = 0; j < n; j++) {
                C z = new C((er[j] - 0.5 * (lo + hi)) / (0.5 * (hi - lo)), -0.5 * gamma[j] / (0.5 * (hi - lo)));
                double rho = z.plus(z.minus(C.of(1)).sqrt().times(z.plus(C.of(1)).sqrt())).abs();
                rho = Math.max(rho, 1 / rho);
                assertTrue(rho >= BoltzmannAverage.ELLIPSE * (1 - 1e-9),
                        "pole " + j + " inside the ellipse of [" + lo + ", " + hi + "]: rho " + rho);
            }
        }
        double got = Math.exp(BatchGaussKronrod.logIntegral(lnF, panels, 1e-12));
        System.out.printf("Broad resonances: %d panels (distance rule %d), rel %.1e%n", panels.size(), distanceRule,
                Math.abs(got - exact) / exact);
        assertTrue(panels.size() < distanceRule, panels.size() + " panels, distance rule " + distanceRule);
        assertEquals(exact, got, 1e-10 * exact);
    }

    /** An integral far below the smallest double keeps its value (the integrand is summed with a shift). */
    @Test
    void opaqueIntegralKeepsItsLogarithm() {
        // f = exp(-5000 - E / 0.01) on [0, 1]: integral = 0.01 e^-5000 (1 - e^-100)
        BatchGaussKronrod.LogIntegrand lnF = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                out[i] = -5000 - e[i] / 0.01;
            }
        };
        double ln = BatchGaussKronrod.logIntegral(lnF, List.of(MappedPanel.linear(0, 1)), 1e-12);
        assertEquals(Math.log(0.01) - 5000 + Math.log1p(-Math.exp(-100)), ln, 1e-10 * 5000);
    }

    /**
     * The node arrays an integral leaves to the next on its thread change no result: a large integral and a
     * small one give the same bits in either order, each on a fresh thread, and an integral nested in another's
     * integrand (which then allocates its own arrays) gives the same bits as alone, as does the outer one.
     */
    @Test
    void keptNodeArraysChangeNoBits() throws Exception {
        double[] er = {0.01, 0.05, 0.12, 0.1200003, 0.3};
        double[] gamma = {1e-12, 2e-9, 1e-9, 1e-9, 1e-4};
        double[] height = new double[er.length];
        java.util.Arrays.fill(height, 1);
        BatchGaussKronrod.LogIntegrand peaks = lorentzians(er, gamma, height, 1e-6, 1);
        List<MappedPanel> many = BoltzmannAverage.panels(0, 0.5, new TreeSet<>(List.of(0.2)), er, gamma);
        BatchGaussKronrod.LogIntegrand decay = (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                out[i] = -e[i] / 0.03 + Math.log1p(e[i] * e[i]);
            }
        };
        DoubleSupplier large = () -> BatchGaussKronrod.logIntegral(peaks, many, 1e-12);
        DoubleSupplier small = () -> BatchGaussKronrod.logIntegral(decay, List.of(MappedPanel.linear(0, 1)), 1e-12);
        // the outer integrand runs the small integral on every batch and adds nothing from it but zero
        BatchGaussKronrod.LogIntegrand nesting = (e, out, n) -> {
            double inner = small.getAsDouble();
            peaks.evaluate(e, out, n);
            for (int i = 0; i < n; i++) {
                out[i] += 0 * inner;
            }
        };
        DoubleSupplier nested = () -> BatchGaussKronrod.logIntegral(nesting, many, 1e-12);
        double largeAlone = onFreshThread(large);
        double smallAlone = onFreshThread(small);
        double nestedAlone = onFreshThread(nested);
        assertEquals(largeAlone, nestedAlone, 0.0);
        for (DoubleSupplier[] order : List.of(new DoubleSupplier[] {large, small, nested, small, large},
                new DoubleSupplier[] {small, large, small, nested, large})) {
            double[] got = onFreshThread(() -> {
                double[] values = new double[order.length];
                for (int k = 0; k < order.length; k++) {
                    values[k] = order[k].getAsDouble();
                }
                return values;
            });
            for (int k = 0; k < order.length; k++) {
                double alone = order[k] == small ? smallAlone : order[k] == large ? largeAlone : nestedAlone;
                assertEquals(alone, got[k], 0.0, "integral " + k);
            }
        }
    }

    /** ln of Lorentzians (E_r, Gamma, height) on the background b (1 + slope E). */
    private static BatchGaussKronrod.LogIntegrand lorentzians(double[] er, double[] gamma, double[] height,
                                                             double background, double slope) {
        return (e, out, n) -> {
            for (int i = 0; i < n; i++) {
                double f = background * (1 + slope * e[i]);
                for (int j = 0; j < er.length; j++) {
                    double x = (e[i] - er[j]) / (0.5 * gamma[j]);
                    f += height[j] / (1 + x * x);
                }
                out[i] = Math.log(f);
            }
        };
    }

    /** The Lorentzians' integral over [a, b] in closed form: a sum of arctangents. */
    private static double lorentzianIntegral(double a, double b, double[] er, double[] gamma, double[] height) {
        double sum = 0;
        for (int j = 0; j < er.length; j++) {
            double h = 0.5 * gamma[j];
            sum += height[j] * h * (Math.atan((b - er[j]) / h) - Math.atan((a - er[j]) / h));
        }
        return sum;
    }

    private static double onFreshThread(DoubleSupplier integral) throws Exception {
        return onFreshThread(() -> new double[] {integral.getAsDouble()})[0];
    }

    private static double[] onFreshThread(java.util.function.Supplier<double[]> work) throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try {
            return CompletableFuture.supplyAsync(work, executor).get();
        } finally {
            executor.shutdown();
        }
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * The Boltzmann average <T> = (1/kT) * integral over E >= E0 of T(E) exp(-(E - E0)/kT) dE, as log10.
 *
 * <p>Method: globally adaptive Gauss-Kronrod (7/15) to a relative error of {@link #RELATIVE_TOLERANCE},
 * on panels that start at E0, every slice potential, and around every resonance (E_r + m Gamma for
 * a ladder of m), so peaks far narrower than any grid are integrated, not sampled. The integrand
 * is carried as exp(ln T - (E - E0)/kT - shift) with the shift the largest exponent seen on the
 * panel boundaries, so opaque profiles (<T> far below the smallest double) keep their value. The
 * integral stops at Vmax + {@link #TOP_KT} kT, where the remaining tail is below e^-40 of the
 * above-barrier part. T comes from the kernel in batches of 15 energies (one panel).
 */
public final class BoltzmannAverage {
    static final double RELATIVE_TOLERANCE = 1e-10;
    static final double TOP_KT = 40;
    private static final int MAX_PANELS = 200_000;
    /** Breakpoints around each resonance, in units of its width. */
    private static final double[] LADDER = {-300, -30, -3, -0.5, 0, 0.5, 3, 30, 300};
    private static final double LN10 = Math.log(10);

    private BoltzmannAverage() {}

    /**
     * log10 <T> with T from the default kernel.
     *
     * @param resonances the poles to put breakpoints around (from {@link ResonanceFinder}); may be empty,
     *                   but narrow resonances not listed can be missed
     */
    public static double log10MeanTransmission(Staircase profile, double massU, ThermalWindow window,
                                               List<Resonance> resonances) {
        TransmissionKernel kernel = KernelProvider.get();
        BatchLog10 t = (e, out, n) -> kernel.log10Transmission(profile, massU, e, out, n);
        TreeSet<Double> breaks = new TreeSet<>();
        for (int j = 0; j < profile.sliceCount(); j++) {
            breaks.add(profile.potentialEv(j));
        }
        for (Resonance r : resonances) {
            for (double m : LADDER) {
                breaks.add(r.energyEv() + m * r.widthEv());
            }
        }
        return log10Average(t, window, breaks);
    }

    /** log10 (1/kT) integral T exp(-(E - E0)/kT) for any batch evaluator of log10 T (tests use closed forms). */
    static double log10Average(BatchLog10 log10T, ThermalWindow window, TreeSet<Double> breakpoints) {
        double e0 = window.e0Ev();
        double top = window.vmaxEv() + TOP_KT * window.kTEv();
        double[] edges = breakpoints.subSet(e0, false, top, false).stream().mapToDouble(Double::doubleValue).toArray();
        double[] bounds = new double[edges.length + 2];
        bounds[0] = e0;
        System.arraycopy(edges, 0, bounds, 1, edges.length);
        bounds[bounds.length - 1] = top;
        double kT = window.kTEv();
        // The exponent ln T - (E - E0)/kT, shifted by its largest value on the panel midpoints.
        int panels = bounds.length - 1;
        double[] mids = new double[panels];
        for (int i = 0; i < panels; i++) {
            mids[i] = 0.5 * (bounds[i] + bounds[i + 1]);
        }
        double[] lt = new double[panels];
        log10T.evaluate(mids, lt, panels);
        double shift = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < panels; i++) {
            shift = Math.max(shift, lt[i] * LN10 - (mids[i] - e0) / kT);
        }
        if (!Double.isFinite(shift)) {
            shift = 0;
        }
        double s = shift;
        DoubleUnaryOperator exponent = e -> -(e - e0) / kT - s;
        Integrator integ = new Integrator(log10T, exponent);
        double total = integ.integrate(bounds);
        // <T> = (1/kT) * exp(shift) * total
        return (Math.log(total) + shift - Math.log(kT)) / LN10;
    }

    /** Fills out[i] = log10 T(e[i]) for i < n. */
    @FunctionalInterface
    interface BatchLog10 {
        void evaluate(double[] e, double[] out, int n);
    }

    private static final class Integrator {
        private final BatchLog10 log10T;
        private final DoubleUnaryOperator exponent;
        private final double[] x = new double[GaussKronrod.POINTS];
        private final double[] y = new double[GaussKronrod.POINTS];

        Integrator(BatchLog10 log10T, DoubleUnaryOperator exponent) {
            this.log10T = log10T;
            this.exponent = exponent;
        }

        private record Panel(double a, double b, double value, double error) {}

        private Panel panel(double a, double b) {
            GaussKronrod.abscissae(a, b, x, 0);
            log10T.evaluate(x, y, GaussKronrod.POINTS);
            for (int i = 0; i < GaussKronrod.POINTS; i++) {
                double v = Math.exp(y[i] * LN10 + exponent.applyAsDouble(x[i]));
                y[i] = Double.isFinite(v) ? v : 0.0;
            }
            double[] r = GaussKronrod.rule(a, b, y, 0);
            return new Panel(a, b, r[0], r[1]);
        }

        double integrate(double[] bounds) {
            PriorityQueue<Panel> queue = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
            double total = 0;
            double error = 0;
            for (int i = 0; i + 1 < bounds.length; i++) {
                Panel p = panel(bounds[i], bounds[i + 1]);
                queue.add(p);
                total += p.value;
                error += p.error;
            }
            int count = queue.size();
            while (error > RELATIVE_TOLERANCE * Math.abs(total) && count < MAX_PANELS) {
                Panel worst = queue.poll();
                double mid = 0.5 * (worst.a + worst.b);
                if (mid <= worst.a || mid >= worst.b) {
                    // Cannot split further: keep it and stop refining it.
                    queue.add(new Panel(worst.a, worst.b, worst.value, 0));
                    error -= worst.error;
                    continue;
                }
                Panel left = panel(worst.a, mid);
                Panel right = panel(mid, worst.b);
                queue.add(left);
                queue.add(right);
                count++;
                total += left.value + right.value - worst.value;
                error += left.error + right.error - worst.error;
                if ((count & 1023) == 0) {
                    // Re-sum now and then so cancellation in the running sums cannot build up.
                    total = 0;
                    error = 0;
                    for (Panel p : queue) {
                        total += p.value;
                        error += p.error;
                    }
                }
            }
            return total;
        }
    }
}

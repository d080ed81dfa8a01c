package io.ionsweep.engine.observables;

import java.util.List;

/**
 * The resonances whose peak {@link BoltzmannAverage} integrates in closed form: those narrower than double
 * precision resolves at E_r ({@link Resonance#resolved()} false) with a flux-identity width.
 *
 * <p>Why: the area under such a peak is not in the doubles. Its width is below an ulp of E_r, so whether a
 * quadrature node lands on it, and how high, depends on where rounding puts the computed pole within a few ulps:
 * a symmetric double barrier of K+ at 30 K (Breit-Wigner peaks 1, widths 1e-24 to 1e-21 eV) gave a <T> 115 times
 * below the 60-digit integral of its T(E). Its width and its partial widths are determined (the flux identity of
 * {@link NarrowPoleRefiner} has no cancellation), and an isolated resonance is a Breit-Wigner peak, T = peak
 * (Gamma/2)^2 / ((E - E_r)^2 + (Gamma/2)^2) with peak = 4 Gamma_L Gamma_R / Gamma^2, to relative corrections of
 * about Gamma over the distance to the next pole (the background's interference with the peak is of that order
 * too: both go through the same barriers), far below 1e-9 at such widths. So its core, the few resolution floors
 * about E_r where T is not determined, is that Lorentzian's integral; its tails, where T is, stay with the
 * quadrature. Only poles far from the others qualify ({@link NarrowPoleRefiner#isolated}): a multiplet's members
 * stay with the quadrature, their <T> undetermined (README, "Where <T> itself is not determined").
 */
final class UnresolvedPeaks {
    /** Gamma from the flux identity (>= 0), NaN where the peak is left to the quadrature. */
    private final double[] widthEv;
    private final double[] peak;

    private UnresolvedPeaks(double[] widthEv, double[] peak) {
        this.widthEv = widthEv;
        this.peak = peak;
    }

    /** Of the resonances as listed (the indices are theirs). */
    static UnresolvedPeaks of(List<Resonance> resonances) {
        int n = resonances.size();
        double[] width = new double[n];
        double[] peak = new double[n];
        for (int i = 0; i < n; i++) {
            Resonance r = resonances.get(i);
            double g = r.widthEstimateEv();
            // a width that underflowed to 0 carries nothing, whatever its peak
            boolean closed = !r.resolved() && g >= 0 && (g == 0 || r.peakTransmission() >= 0);
            width[i] = closed ? g : Double.NaN;
            peak[i] = closed ? r.peakTransmission() : Double.NaN;
        }
        return new UnresolvedPeaks(width, peak);
    }

    /** None: every peak to the quadrature. */
    static UnresolvedPeaks none(int n) {
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, Double.NaN);
        return new UnresolvedPeaks(nan, nan);
    }

    boolean closed(int i) {
        return !Double.isNaN(widthEv[i]);
    }

    /**
     * ln of the integral over [lo, hi] of resonance i's Breit-Wigner peak centred on {@code energyEv}:
     * peak (Gamma/2) [atan((hi - E_r)/(Gamma/2)) - atan((lo - E_r)/(Gamma/2))]; -infinity where it vanishes.
     */
    double lnCoreIntegral(int i, double energyEv, double lo, double hi) {
        double h = 0.5 * widthEv[i];
        if (!(h > 0) || !(peak[i] > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double angle = Math.atan((hi - energyEv) / h) - Math.atan((lo - energyEv) / h);
        return Math.log(peak[i]) + Math.log(h) + Math.log(angle);
    }
}

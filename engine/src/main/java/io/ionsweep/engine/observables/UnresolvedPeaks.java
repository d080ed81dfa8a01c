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
    /**
     * Whether resonance i is narrower than the resolution floor: where its core is not taken in closed form, its
     * peak is left to the quadrature, which cannot determine it ({@link BoltzmannAverage.Average}); null for none.
     */
    private final boolean[] subFloor;
    /** The bound on Gamma of each (the floor, or more where the pole's position is known only that well). */
    private final double[] boundEv;

    private UnresolvedPeaks(double[] widthEv, double[] peak, boolean[] subFloor, double[] boundEv) {
        this.widthEv = widthEv;
        this.peak = peak;
        this.subFloor = subFloor;
        this.boundEv = boundEv;
    }

    /** Of the resonances as listed (the indices are theirs). */
    static UnresolvedPeaks of(List<Resonance> resonances) {
        int n = resonances.size();
        double[] width = new double[n];
        double[] peak = new double[n];
        boolean[] subFloor = new boolean[n];
        double[] bound = new double[n];
        for (int i = 0; i < n; i++) {
            Resonance r = resonances.get(i);
            double g = r.widthEstimateEv();
            // a width that underflowed to 0 carries nothing, whatever its peak
            boolean closed = !r.resolved() && g >= 0 && (g == 0 || r.peakTransmission() >= 0);
            width[i] = closed ? g : Double.NaN;
            peak[i] = closed ? r.peakTransmission() : Double.NaN;
            // the guide lists a multiplet's members with whatever width its iterations stalled at, as resolved
            subFloor[i] = !r.resolved() || r.widthEv() < ResonanceFinder.resolutionFloorEv(r.energyEv());
            bound[i] = Math.max(r.widthEv(), ResonanceFinder.resolutionFloorEv(r.energyEv()));
        }
        return new UnresolvedPeaks(width, peak, subFloor, bound);
    }

    /** None: every peak to the quadrature. */
    static UnresolvedPeaks none(int n) {
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, Double.NaN);
        return new UnresolvedPeaks(nan, nan, null, null);
    }

    /**
     * The stretches E_r +- {@code floors} times the bound on Gamma (the resolution floor, or the width of a pole
     * whose position is known only to that) about the poles below the floor whose cores were not taken in closed
     * form ({@code energyEv} and {@code coreTaken} by the same indices), merged where they
     * overlap: {lo0, hi0, lo1, hi1, ...} in increasing order.
     */
    double[] undeterminedZones(double[] energyEv, boolean[] coreTaken, double floors) {
        if (subFloor == null) {
            return new double[0];
        }
        int n = 0;
        double[][] centres = new double[subFloor.length][];
        for (int i = 0; i < subFloor.length; i++) {
            if (subFloor[i] && !coreTaken[i]) {
                centres[n++] = new double[] {energyEv[i], floors * boundEv[i]};
            }
        }
        java.util.Arrays.sort(centres, 0, n, java.util.Comparator.comparingDouble(c -> c[0] - c[1]));
        double[] zones = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double lo = centres[i][0] - centres[i][1];
            double hi = centres[i][0] + centres[i][1];
            if (m > 0 && lo <= zones[m - 1]) {
                zones[m - 1] = Math.max(zones[m - 1], hi);
            } else {
                zones[m++] = lo;
                zones[m++] = hi;
            }
        }
        return java.util.Arrays.copyOf(zones, m);
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

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate resonances that guide the <T> quadrature of a profile whose resonances are not
 * reported (the biased profile of the current, or any profile when outputs.resonances is off):
 * positions and widths good to a few per cent of the width, found at a fraction of the cost of
 * {@link ResonanceFinder}. No completeness proof: the quadrature's own
 * error control covers a broad resonance missed here, and a narrow one cannot be missed, because every
 * narrow resonance lies within about its width of a Dirichlet eigenvalue of the profile region
 * ({@link BoxSpectrum}), which is where the Newton iterations start (above the profile's top, offset
 * as the last pole was from its seed); a seed whose iteration heads for a pole found before (the members
 * of a multiplet lie far closer to each other than to their seeds' other neighbours) starts again with
 * the poles found nearby divided out.
 */
final class QuadratureGuide {
    private static final int MAX_NEWTON_STEPS = 30;
    /** Stop when the Newton step is below this fraction of the current width estimate... */
    private static final double WIDTH_FRACTION = 1e-2;
    /** ...or below this relative size. */
    private static final double RELATIVE_STEP = 1e-13;
    /** A noise-floor zero whose last step exceeds this many times the normal test is polished on the determinant. */
    private static final double POLISH_WIDTHS = 10;
    /** The polishing secant's second point, this fraction of the half-width deeper. */
    private static final double SECANT_OFFSET = 0.1;
    /** Steps below this (relative) are at g's noise floor; this many in a row end the iteration. */
    private static final double NOISE_STEP = 1e-10;
    private static final int NOISE_STEPS = 3;
    /** The iteration may go this many seed separations from its seed. */
    private static final double REACH = 2;
    /**
     * An iterate closer to a pole found before than this fraction of its last step is converging on it
     * (quadratically: the next step would be smaller still), so the iteration stops there.
     */
    private static final double HEADING = 0.3;
    /** What {@link #newton} returns when its iterates head for one of the poles watched. */
    private static final double[] HEADING_FOR_FOUND = new double[0];

    /**
     * Two converged iterates closer than this fraction of the pole's half-width (or {@link #SAME_ULPS})
     * found one pole.
     */
    private static final double SAME_FRACTION = 0.05;
    private static final double SAME_ULPS = 64;

    private QuadratureGuide() {}

    /** Approximate poles (E_r, Gamma) in the window of the thermal average; may miss broad ones. */
    static List<Resonance> resonances(Staircase profile, double massU, ThermalWindow window) {
        double lo = window.e0Ev();
        double hi = window.resonanceTopEv();
        BoxSpectrum spectrum = new BoxSpectrum(profile, massU);
        double[] seeds = spectrum.eigenvalues(lo, hi);
        ComplexAmplitudeFunction g = new ComplexAmplitudeFunction(profile, massU);
        // the poles found, in the order found and indexed by E_r for the neighbour queries (scanning every pole
        // for each seed took about 6 % of <T> without the search)
        FoundPoles index = new FoundPoles(seeds.length);
        ComplexFunction det = null;
        // above the profile's top: the offset of the last pole from its seed, {re, im}, or null
        double[] offset = null;
        for (int i = 0; i < seeds.length; i++) {
            double s = seeds[i];
            double left = i > 0 ? s - seeds[i - 1] : s - lo;
            double right = i + 1 < seeds.length ? seeds[i + 1] - s : hi - s;
            List<Pole> found = index.within(s - REACH * left, s + REACH * right);
            // Above the top the poles lie up to a spacing below the axis, each about as far from its seed
            // as the one before from its own: started there, the iteration takes fewer steps, and fewer
            // head for a neighbour's pole (as about two in three started on the axis do under bias).
            boolean above = s > window.vmaxEv();
            double x0 = above && offset != null ? s + offset[0] : s;
            double y0 = above && offset != null ? offset[1] : 0;
            double[] z = newton(g, x0, y0, s, left, right, List.of(), found);
            if (z == HEADING_FOR_FOUND || z != null && duplicate(index, z)) {
                // The seed of a multiplet member leads to a member found before (the members of a chain of
                // wells lie far closer to each other than to anything else): divide those nearby out, so
                // the iteration must find another one. Missing it would leave a narrow peak without
                // panels, which the quadrature cannot see between its nodes.
                z = newton(g, s, 0, s, left, right, found, List.of());
                if (z != null && duplicate(index, z)) {
                    z = null;
                }
            }
            if (z != null && z[2] > 0) {
                // g's noise floor is not below the width: polish on the backward-stable determinant
                if (det == null) {
                    det = PoleFinder.determinant(profile, massU);
                }
                z = polish(det, z, s, left, right, found);
                if (duplicate(index, z)) {
                    z = null;
                }
            }
            offset = null;
            if (z != null && z[1] < 0 && z[0] > lo && z[0] < hi) {
                if (above) {
                    offset = new double[] {z[0] - s, z[1]};
                }
                index.add(new Pole(z[0], -2 * z[1]));
            }
        }
        double factor = PhysicalConstants.waveNumberFactor(massU);
        unresolvedFromCount(profile, factor, spectrum, seeds, window, index);
        List<Resonance> out = new ArrayList<>(index.size());
        for (Pole p : index) {
            double e = p.energyEv();
            double gamma = p.widthEv();
            double floor = ResonanceFinder.RESOLUTION_ULPS * Math.ulp(e);
            // below the resolution floor g's zero gives no width: the flux identity does, for a pole far from the
            // others (and the peak, which the quadrature then takes in closed form, see UnresolvedPeaks)
            boolean estimable = gamma < floor && profile.sliceCount() >= 2
                    && NarrowPoleRefiner.isolated(floor, gap(index, p, floor / NarrowPoleRefiner.MAX_ESTIMATE_ERROR));
            if (p.fluxAtFloor()) {
                // added from the count (unresolvedFromCount): kept only while it still stands alone
                if (estimable) {
                    out.add(new Resonance(e, floor, e / floor, Double.NaN, p.breitWignerPeak(), false, Double.NaN, gamma));
                }
                continue;
            }
            double[] w = estimable ? NarrowPoleRefiner.widths(profile, factor, new ComplexNumber(e, -0.5 * floor)) : null;
            if (w != null && w[0] >= 0 && w[0] < floor) {
                out.add(new Resonance(e, floor, e / floor, Double.NaN, NarrowPoleRefiner.breitWignerPeak(w), false,
                        Double.NaN, w[0]));
            } else {
                out.add(new Resonance(e, gamma, e / gamma, Double.NaN, Double.NaN, true, Double.NaN));
            }
        }
        missedMembers(profile, spectrum, seeds, window, index, out);
        return out;
    }

    /**
     * Adds, as unresolved poles without a width estimate, the members of multiplets the iterations missed below
     * the profile's top: where a run of Dirichlet eigenvalues each closer to the next than {@link
     * NarrowPoleRefiner#isolated} allows (a multiplet's) holds more eigenvalues than poles were found between the
     * midpoints to its outer neighbours, its eigenvalues bisected to an ulp, the ones farthest from the poles
     * found, one per pole missing. Near a pole narrower than an ulp g is a difference of terms far larger than
     * itself, and a member's seed leads to its neighbour's pole, so the iterations miss such members. A pole
     * narrower than the floor lies within the leads' shift ({@link SeedPolisher#leadShift}) of its eigenvalue,
     * so each is listed that much wider than the floor: it gets panels of its own there, and {@link
     * BoltzmannAverage.Average} counts its peak as undetermined, as the full search's members are.
     */
    private static void missedMembers(Staircase profile, BoxSpectrum spectrum, double[] seeds, ThermalWindow window,
                                      FoundPoles index, List<Resonance> out) {
        int n = seeds.length;
        for (int first = 0; first < n && seeds[first] < window.vmaxEv(); ) {
            int last = first;
            while (last + 1 < n && !NarrowPoleRefiner.isolated(ResonanceFinder.resolutionFloorEv(seeds[last]),
                    seeds[last + 1] - seeds[last])) {
                last++;
            }
            if (last > first) {
                double lo = first > 0 ? 0.5 * (seeds[first - 1] + seeds[first]) : window.e0Ev();
                double hi = last + 1 < n ? 0.5 * (seeds[last] + seeds[last + 1]) : window.resonanceTopEv();
                List<Pole> found = index.within(lo, hi);
                int missing = last - first + 1 - found.size();
                if (missing > 0) {
                    addFarthest(profile, spectrum.eigenvaluesToUlp(lo, hi), found, missing, window, out);
                }
            }
            first = last + 1;
        }
    }

    /** The {@code missing} eigenvalues farthest from the poles {@code found}, as placeholders. */
    private static void addFarthest(Staircase profile, double[] eigen, List<Pole> found, int missing,
                                    ThermalWindow window, List<Resonance> out) {
        int k = eigen.length;
        double[] distance = new double[k];
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
            distance[i] = Double.POSITIVE_INFINITY;
            for (Pole p : found) {
                distance[i] = Math.min(distance[i], Math.abs(eigen[i] - p.energyEv()));
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(distance[b], distance[a]));
        for (int m = 0; m < Math.min(missing, k); m++) {
            double e = eigen[order[m]];
            if (e > window.e0Ev() && e < window.vmaxEv()) {
                double floor = ResonanceFinder.resolutionFloorEv(e);
                double width = floor + 2 * SeedPolisher.leadShift(profile, e, floor);
                out.add(new Resonance(e, width, e / width, Double.NaN, Double.NaN, false, Double.NaN, Double.NaN));
            }
        }
    }

    /**
     * The distance from p to the nearest other pole found, infinite if none lies within {@code reach} (which
     * must exceed every distance the caller's test tells apart).
     */
    private static double gap(FoundPoles index, Pole p, double reach) {
        double gap = Double.POSITIVE_INFINITY;
        for (Pole o : index.within(p.energyEv() - reach, p.energyEv() + reach)) {
            if (o != p) {
                gap = Math.min(gap, Math.abs(o.energyEv() - p.energyEv()));
            }
        }
        return gap;
    }

    /**
     * Adds the unresolved poles the iterations missed below the profile's top. Newton on g cannot converge on a
     * pole narrower than an ulp (g is a difference of terms far larger than itself there), and a seed's iterates
     * may settle on its neighbour's pole: then the gap between a seed's midpoints to its neighbours holds no pole.
     * Its Dirichlet eigenvalue, bisected on the count to an ulp, is such a pole's E_r to within the leads' shift
     * (q/k) Gamma/2 ({@link SeedPolisher#leadShift}); where the flux-identity width is below the resolution floor,
     * that shift is below the floor too and the seed lies far from its neighbours ({@link
     * NarrowPoleRefiner#isolated}), the pole is added with that width (flagged {@link Pole#fluxAtFloor()}): the
     * core of its panels, three floors about E_r, then holds the peak, and the quadrature takes it in closed form.
     * Other missed poles (broader ones, a multiplet's members) are left to the quadrature's error control.
     */
    private static void unresolvedFromCount(Staircase profile, double factor, BoxSpectrum spectrum, double[] seeds,
                                            ThermalWindow window, FoundPoles index) {
        int n = seeds.length;
        for (int i = 0; i < n && seeds[i] < window.vmaxEv() && profile.sliceCount() >= 2; i++) {
            double s = seeds[i];
            double below = i > 0 ? s - seeds[i - 1] : Double.POSITIVE_INFINITY;
            double above = i + 1 < n ? seeds[i + 1] - s : Double.POSITIVE_INFINITY;
            double floor = ResonanceFinder.RESOLUTION_ULPS * Math.ulp(s);
            double a = i > 0 ? s - 0.5 * below : window.e0Ev();
            double b = i + 1 < n ? s + 0.5 * above : window.resonanceTopEv();
            if (!NarrowPoleRefiner.isolated(floor, Math.min(below, above)) || !index.within(a, b).isEmpty()) {
                continue;
            }
            double[] precise = spectrum.eigenvaluesToUlp(a, b);
            if (precise.length != 1 || !(precise[0] > window.e0Ev())) {
                continue;
            }
            double e = precise[0];
            double[] w = NarrowPoleRefiner.widths(profile, factor, new ComplexNumber(e, -0.5 * floor));
            if (w != null && w[0] >= 0 && w[0] < floor && SeedPolisher.leadShift(profile, e, w[0]) < floor) {
                index.add(new Pole(e, w[0], true, NarrowPoleRefiner.breitWignerPeak(w)));
            }
        }
    }

    /**
     * Newton iterations on g (divided by prod (E - p) over {@code deflate}) from x0 + i y0 for the seed
     * s, whose neighbouring seeds lie {@code left} below and {@code right} above: the zero {re, im, flag},
     * flag 1 where the iterates stalled at g's noise floor before their steps fell well below the width
     * (the position then needs polishing), {@link #HEADING_FOR_FOUND} once they converge on a pole in
     * {@code watch}, or null.
     */
    private static double[] newton(ComplexAmplitudeFunction g, double x0, double y0, double s, double left,
                                   double right, List<Pole> deflate, List<Pole> watch) {
        double x = x0;
        double y = y0;
        int noisy = 0;
        double[] newton = new double[2];
        for (int it = 0; it < MAX_NEWTON_STEPS; it++) {
            // z - h/h' = z - 1/(h'/h), h'/h = g'/g - sum 1/(z - p)
            NewtonSolver.step(g.at(x, y), deflate, newton);
            double dx = newton[0];
            double dy = newton[1];
            if (!(Double.isFinite(dx) && Double.isFinite(dy))) {
                return null;
            }
            x -= dx;
            y -= dy;
            if (x < s - REACH * left || x > s + REACH * right || y > 0.5 * Math.max(left, right)) {
                return null;
            }
            double step = ComplexIncidentAmplitude.modulus(dx, dy);
            for (Pole p : watch) {
                double h = 0.5 * p.widthEv();
                if (ComplexIncidentAmplitude.modulus(x - p.energyEv(), y + h) < HEADING * step) {
                    return HEADING_FOR_FOUND;
                }
            }
            if (step < WIDTH_FRACTION * Math.abs(y) || step < RELATIVE_STEP * Math.abs(x)) {
                return new double[] {x, y, 0};
            }
            // In a chain of wells g is computed to about 1e-12 relative only (the propagation crosses
            // barriers against the decay), so a narrow pole's iterates can wander at that floor instead
            // of meeting the tests above: there a few noise-sized steps in a row are convergence too.
            noisy = step < NOISE_STEP * Math.abs(x) ? noisy + 1 : 0;
            if (noisy >= NOISE_STEPS) {
                // flagged when the noise is not small against the width: the position needs polishing
                return new double[] {x, y, step < WIDTH_FRACTION * POLISH_WIDTHS * Math.abs(y) ? 0 : 1};
            }
        }
        return null;
    }

    /**
     * Secant iterations on the determinant from the noisy zero z (the poles listed nearby divided out):
     * the zero {re, im, 0}, or z unflagged if they do not converge (its position is still the best known).
     */
    private static double[] polish(ComplexFunction det, double[] z, double s, double left, double right,
                                   List<Pole> deflate) {
        double reach = Math.max(left, right);
        SecantSolver.Box box = new SecantSolver.Box(s - REACH * left, s + REACH * right, -reach, 0.5 * reach);
        double d = Math.max(Math.abs(z[1]), SAME_ULPS * Math.ulp(z[0]));
        double[] p = SecantSolver.solve(det, z[0], z[1], z[0], z[1] - SECANT_OFFSET * d, box, deflate);
        if (p == null) {
            return new double[] {z[0], z[1], 0};
        }
        return new double[] {p[0], p[1], 0};
    }

    /**
     * The determinant's own pole near the approximate one E_r - i h, as {E_r, Gamma/2}: secant iterations from
     * it, which must converge within {@link #RELOCATE_REACH} half-widths of it to a half-width within a factor
     * {@link #RELOCATE_WIDTH_RATIO} of h; else null. (The amplitude's and the determinant's poles can differ
     * by a few per cent of the width near Q ~ 1e11, where both are at their rounding floor.)
     */
    static double[] polish(ComplexFunction det, double centre, double h) {
        double reach = RELOCATE_REACH * h;
        SecantSolver.Box box = new SecantSolver.Box(centre - reach, centre + reach, -h - reach, 0);
        // inside the box any step is small: one from the start may land on the zero
        double converged = Math.max(reach / Math.abs(centre), SecantSolver.CONVERGED_STEP);
        double[] p = SecantSolver.solve(det, centre, -h, centre, -h - SECANT_OFFSET * h, box, List.of(), converged);
        if (p == null || !(p[1] < 0)) {
            return null;
        }
        double half = -p[1];
        if (half > RELOCATE_WIDTH_RATIO * h || half * RELOCATE_WIDTH_RATIO < h) {
            return null;
        }
        return new double[] {p[0], half};
    }

    /** How far (in half-widths) the determinant's pole may lie from the approximate one... */
    private static final double RELOCATE_REACH = 4;
    /** ...and by what factor its width may differ. */
    private static final double RELOCATE_WIDTH_RATIO = 2;

    /** Whether the zero z is one of the poles found. */
    private static boolean duplicate(FoundPoles found, double[] z) {
        return found.nearOwnWidth(z, SAME_FRACTION, SAME_ULPS);
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.kernel.DistinctSlices;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * Zeros of the resonance determinant polished from the Dirichlet eigenvalues of the profile region
 * ({@link BoxSpectrum}): secant iterations on a backward-stable function (the global matching
 * determinant), Newton iterations on the amplitude from the profile's top up ({@link ZeroIteration}), with
 * the zeros found so far nearby divided out so that two seeds cannot land on one zero. The list may lack a
 * few zeros (broad resonances between the strings of the others); {@link PoleFinder} counts and completes it.
 */
final class SeedPolisher {
    /** Two polished zeros closer than this (relative) are one zero. */
    private static final double SAME_ZERO = 1e-10;
    /** The second secant point sits this fraction of the seed separation below the seed. */
    private static final double SEED_OFFSET = 1e-3;
    /** Pass one: a seed's iteration stays within this many seed separations (and so do its deflated zeros). */
    private static final double SEED_REACH = 4;
    /** Pass one: the second start, this many separations below the seed. */
    private static final double CLOSE_DEPTH = 0.3;
    /** Pass three: thin slices' eigenvalues seed zeros where spaced this many times wider than the box seeds... */
    private static final double SLICE_RATIO = 2;
    /** ...and the iteration starts this fraction of that spacing below the real axis. */
    private static final double SLICE_DEPTH = 0.1;
    /** Pass two: reach and starting depths (in seed separations) around the seeds left without a zero. */
    private static final double WIDE_REACH = 8;
    private static final double[] WIDE_DEPTHS = {1, 3, 6};

    /**
     * Seeds closer than this (relative) form one cluster: the Sturm count separates coincident
     * eigenvalues only by rounding noise, which stays far below this, while resolved multiplet members
     * (1e-5 apart in the k-four-site quartets) stay far above.
     */
    private static final double MULTIPLET_BAND = 1e-7;

    /** A cluster whose seeds are at least this many ulps apart is resolved: its members are distinct zeros. */
    private static final double RESOLVED_ULPS = 1024;
    /** In a resolved cluster two zeros closer than this fraction of the least seed gap are one zero... */
    private static final double SAME_FRACTION = 0.01;
    /** ...or closer than this many ulps. */
    private static final double SAME_ULPS = 64;
    /** Distances in ulps from the found members at which further members are also sought. */
    private static final double[] NEAR_ULPS = {1 << 8, 1 << 12, 1 << 16, 1 << 20};
    /** The least starting scale of a cluster, in ulps of its centre. */
    private static final double CLUSTER_ULPS = 1 << 16;
    /** In a cluster whose seeds are not resolved two zeros closer than this many ulps are one zero. */
    private static final double UNRESOLVED_SAME_ULPS = 256;

    private SeedPolisher() {}

    /**
     * A new zero started from beside (one spacing out) and between the zeros found at the cluster centred
     * on s, with those divided out; null when none converges to a zero farther than {@code same} from all.
     */
    private static double[] besideMembers(ComplexFunction det, List<Pole> found, double s, double scale,
                                          SecantSolver.Box box, double same) {
        List<Double> at = new ArrayList<>();
        for (Pole p : found) {
            if (Math.abs(p.energyEv() - s) <= MULTIPLET_BAND * s) {
                at.add(p.energyEv());
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        at.sort(null);
        double lo = at.get(0);
        double hi = at.get(at.size() - 1);
        double d = at.size() > 1 ? (hi - lo) / (at.size() - 1) : scale;
        if (!(d > SAME_ULPS * Math.ulp(s))) {
            return null;
        }
        List<Double> starts = new ArrayList<>(List.of(hi + d, lo - d));
        for (int k = 1; k < at.size(); k++) {
            starts.add(0.5 * (at.get(k - 1) + at.get(k)));
        }
        // the spacing of the members found may be a multiple of the true one (a member missing between)
        for (int k = 1; k < at.size(); k++) {
            starts.add(at.get(k - 1) + 0.3 * (at.get(k) - at.get(k - 1)));
            starts.add(at.get(k - 1) + 0.7 * (at.get(k) - at.get(k - 1)));
        }
        starts.add(hi + 0.4 * d);
        starts.add(lo - 0.4 * d);
        // the seeds may be noisier than the splitting (the Sturm count loses what decays across opaque
        // inner barriers): members can sit far closer to a found one than the seeds say
        for (double ulps : NEAR_ULPS) {
            starts.add(hi + ulps * Math.ulp(hi));
            starts.add(lo - ulps * Math.ulp(lo));
        }
        List<Pole> near = near(found, s, Math.max(box.reHi() - s, s - box.reLo()), new ArrayList<>());
        // poor seeds can be spread far wider than the members: tell zeros apart on the members' own spacing
        double least = d;
        for (int k = 1; k < at.size(); k++) {
            double g = at.get(k) - at.get(k - 1);
            if (g > 0) {
                least = Math.min(least, g);
            }
        }
        // one member tells no spacing, and the seeds' is not to be trusted: tell zeros apart on ulps
        double tol = at.size() > 1 ? Math.max(SAME_ULPS * Math.ulp(s), SAME_FRACTION * least) : SAME_ULPS * Math.ulp(s);
        if (!Double.isNaN(same)) {
            tol = Math.min(tol, same);
        }
        for (double x : starts) {
            double[] z = SecantSolver.solve(det, x, 0, x, -SEED_OFFSET * d, box, near);
            if (z != null && isNew(found, z, tol)) {
                return z;
            }
        }
        return null;
    }

    /** The least gap between consecutive seeds of the cluster [i, end), infinite for one seed. */
    private static double minGap(double[] seeds, int i, int end) {
        double gap = Double.POSITIVE_INFINITY;
        for (int k = i + 1; k < end; k++) {
            gap = Math.min(gap, seeds[k] - seeds[k - 1]);
        }
        return gap;
    }

    /** Whether z is farther than tol from every zero found. */
    static boolean isNew(List<Pole> found, double[] z, double tol) {
        for (Pole p : found) {
            double dRe = p.energyEv() - z[0];
            // the modulus is at least |dRe| (to rounding): the square root only where that does not decide
            if (Math.abs(dRe) <= 2 * tol && ComplexIncidentAmplitude.modulus(dRe, -0.5 * p.widthEv() - z[1]) <= tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * Zeros polished from the Dirichlet eigenvalues in and a little beyond the window, distinct.
     * Pass one starts each seed's iteration where the previous seed's zero sat relative to its seed
     * (the offsets drift slowly along a string of resonances), then on the real axis at the seed and a
     * little below it, and keeps the first zero not found before. Pass two looks deeper and wider
     * around the seeds left without a zero, with every zero found so far divided out: broad resonances
     * that belong to no single well (they sit between the strings of the others) are found there.
     */
    static List<Pole> polish(Staircase profile, double massU, ZeroIteration search, double lo, double hi, double depth,
                             double topFraction) {
        ComplexFunction det = search.determinant();
        double margin = 0.05 * (hi - lo);
        double e0 = Math.max(profile.leadLeftEv(), profile.leadRightEv());
        double seedLo = Math.max(e0, lo - margin);
        BoxSpectrum spectrum = new BoxSpectrum(profile, massU);
        double[] seeds = spectrum.eigenvalues(seedLo, hi + margin);
        double factor = PhysicalConstants.waveNumberFactor(massU);
        FoundPoles found = new FoundPoles(seeds.length);
        boolean[] matched = new boolean[seeds.length];
        // the zeros to divide out of each iteration, refilled per seed (the solver keeps no reference)
        List<Pole> scratch = new ArrayList<>();
        double offsetRe = 0;
        double offsetIm = Double.NaN;
        for (int i = 0; i < seeds.length; ) {
            // A cluster: seeds that agree to within the rounding band of the Sturm count, the members of a
            // multiplet split below what double precision resolves (usually one seed).
            int end = i + 1;
            while (end < seeds.length && seeds[end] - seeds[end - 1] <= MULTIPLET_BAND * seeds[end]) {
                end++;
            }
            if (end - i > 1 && fromCount(profile, factor, spectrum, seeds, i, end, found)) {
                // a multiplet of narrow poles: taken from the count, which separates what the determinant cannot
                java.util.Arrays.fill(matched, i, end, true);
                i = end;
                continue;
            }
            double s = 0.5 * (seeds[i] + seeds[end - 1]);
            double left = i > 0 ? s - seeds[i - 1] : Double.POSITIVE_INFINITY;
            double right = end < seeds.length ? seeds[end] - s : Double.POSITIVE_INFINITY;
            double sep = Math.max(Math.min(Math.min(left, right), hi - lo), 4 * Math.ulp(s));
            double reach = SEED_REACH * sep;
            SecantSolver.Box box = new SecantSolver.Box(s - reach, s + reach, -depth, topFraction * depth);
            // a cluster's zeros sit within its spread of its centre: start the iterations on that scale, but
            // not closer than the determinant's rounding lets a secant step see (coincident seeds)
            double scale = end - i > 1 ? Math.max(seeds[end - 1] - seeds[i], CLUSTER_ULPS * Math.ulp(s)) : sep;
            // A cluster whose seeds are resolved (many ulps apart) holds that many distinct zeros about as far
            // apart: two zeros count as one only when much closer than the seeds, and each member starts at
            // its own seed (the deflated zeros of the others keep it off theirs).
            double gap = minGap(seeds, i, end);
            boolean resolved = end - i > 1 && gap >= RESOLVED_ULPS * Math.ulp(s);
            double same = resolved ? Math.max(SAME_ULPS * Math.ulp(s), SAME_FRACTION * gap)
                    : end - i > 1 ? UNRESOLVED_SAME_ULPS * Math.ulp(s) : Double.NaN;
            for (int member = i; member < end; member++) {
                List<Pole> near = found.near(s, reach, scratch);
                double[][] starts = resolved
                        ? new double[][] {{seeds[member], 0}, {s, 0}, {seeds[member], -CLOSE_DEPTH * gap}, {s, -CLOSE_DEPTH * scale}}
                        : Double.isNaN(offsetIm)
                        ? new double[][] {{s, 0}, {s, -CLOSE_DEPTH * scale}}
                        : new double[][] {{s + offsetRe, offsetIm}, {s, 0}, {s, -CLOSE_DEPTH * scale}};
                double step = resolved ? SEED_OFFSET * gap : SEED_OFFSET * scale;
                Pole twin = null;
                for (double[] start : starts) {
                    double[] z = search.solve(start[0], start[1], start[0], start[1] - step, box, near);
                    Pole p = z == null ? null : Pole.atZero(z);
                    if (p != null && found.isNew(z, Double.isNaN(same) ? sameZero(z) : same)) {
                        found.add(p);
                        matched[member] = true;
                        offsetRe = z[0] - s;
                        offsetIm = z[1];
                        break;
                    }
                    if (twin == null && member > i) {
                        twin = unresolvedTwin(found, s);
                    }
                }
                if (!matched[member] && member > i) {
                    // The seeds of a cluster can be poor (the Sturm count of one wide slice per layer rounds):
                    // look beside and between the members found, on their own spacing.
                    double[] z = besideMembers(det, found, s, scale, box, same);
                    Pole p = z == null ? null : Pole.atZero(z);
                    if (p != null) {
                        found.add(p);
                        matched[member] = true;
                    }
                }
                if (!matched[member] && twin != null) {
                    // no other zero near the cluster: the determinant has one zero of multiplicity n there
                    // (a multiplet split below double precision), and the argument principle counts n
                    found.add(twin);
                    matched[member] = true;
                }
            }
            i = end;
        }
        for (int i = 0; i < seeds.length; i++) {
            if (matched[i]) {
                continue;
            }
            double s = seeds[i];
            double sep = separation(seeds, i, hi - lo);
            double reach = WIDE_REACH * sep;
            SecantSolver.Box box = new SecantSolver.Box(s - reach, s + reach, -depth, topFraction * depth);
            List<Pole> near = found.near(s, 2 * reach, scratch);
            for (double d : WIDE_DEPTHS) {
                double y = -d * sep;
                double[] z = search.solve(s, y, s, y - SEED_OFFSET * sep, box, near);
                Pole p = z == null ? null : Pole.atZero(z);
                if (p != null && found.isNew(z, sameZero(z))) {
                    found.add(p);
                    break;
                }
            }
        }
        sliceSeeds(profile, spectrum.pairs(), search, factor, seeds, found,
                Math.max(seedLo, profile.maxPotentialEv()), hi + margin, depth, topFraction, scratch);
        return found;
    }

    /**
     * Pass three: the above-barrier resonances of single thin slices. Over a barrier of width d and height V
     * the wave fits n half-wavelengths at E_n = V + (n pi / d)^2 / f, and each barrier of a filter has broad
     * zeros there (Q ~ 10, mirror-image barriers giving nearly double pairs), deeper in the complex plane than
     * the box seeds' spacing, so no box seed leads to them. The argument principle's completion found them
     * before, at about 120 determinant evaluations each (3.8 of them per configuration of bench's workload).
     * Seeds from the slices whose own eigenvalues are spaced at least {@link #SLICE_RATIO} times wider than
     * the box seeds nearby, started {@link #SLICE_DEPTH} of that spacing below the real axis.
     */
    private static void sliceSeeds(Staircase profile, DistinctSlices pairs, ZeroIteration search, double factor,
                                   double[] seeds, FoundPoles found, double from, double to, double depth,
                                   double topFraction, List<Pole> scratch) {
        int[] occurrences = new int[pairs.count()];
        for (int j = 0; j < profile.sliceCount(); j++) {
            occurrences[pairs.pairOf(j)]++;
        }
        for (int k = 0; k < pairs.count(); k++) {
            double v = pairs.potentialEv(k);
            double d = pairs.widthA(k);
            // E_n - V = n^2 unit
            double unit = Math.PI * Math.PI / (d * d * factor);
            int first = (int) Math.max(1, Math.ceil(Math.sqrt(Math.max(0, from - v) / unit)));
            for (int n = first; v + (double) n * n * unit <= to; n++) {
                double en = v + (double) n * n * unit;
                if (en < from) {
                    continue;
                }
                double spacing = (2.0 * n + 1) * unit;
                if (spacing < SLICE_RATIO * localSpacing(seeds, en)) {
                    continue;
                }
                double reach = 0.5 * spacing;
                SecantSolver.Box box = new SecantSolver.Box(en - reach, en + reach, -depth, topFraction * depth);
                double y = -SLICE_DEPTH * spacing;
                // each barrier of the kind can hold one (mirror images give nearly double pairs): start again,
                // the zeros found divided out, until no new one comes
                for (int member = 0; member < occurrences[k]; member++) {
                    double[] z = search.solve(en, y, en, y - SEED_OFFSET * spacing, box, found.near(en, spacing, scratch));
                    Pole p = z == null ? null : Pole.atZero(z);
                    if (p == null || !found.isNew(z, sameZero(z))) {
                        break;
                    }
                    found.add(p);
                }
            }
        }
    }

    /** The gap between the box seeds on either side of e (infinite where e lies beyond them: no thin-slice seed there). */
    private static double localSpacing(double[] seeds, double e) {
        int at = java.util.Arrays.binarySearch(seeds, e);
        int above = at >= 0 ? at : -at - 1;
        return above > 0 && above < seeds.length ? seeds[above] - seeds[above - 1] : Double.POSITIVE_INFINITY;
    }

    /**
     * The members of the multiplet whose seeds are [i, end), added to {@code found} from the Sturm count when
     * every one is narrow: its E_r the Dirichlet eigenvalue bisected on the count to an ulp, its width from
     * the flux identity. Why: the count is backward stable (its couplings through opaque barriers keep their
     * relative accuracy; its eigenvalues were within 1.3e-17 eV of 80-digit poles, 1.3e-14 relative at 1 meV),
     * while near a multiplet the determinant's zeros scatter by tens of ulps (3e-13 there), collapse onto one
     * member or, deflated, show spurious zeros ~1e-15 eV off. A narrow pole lies from its Dirichlet eigenvalue
     * by the shift the leads cause, about (q/k) Gamma / 2 (q in the barriers, k in the leads); the count is used
     * only where the flux-identity widths put that below an ulp and below the resolution floor. False, with
     * nothing added, otherwise.
     */
    private static boolean fromCount(Staircase profile, double factor, BoxSpectrum spectrum, double[] seeds, int i,
                                     int end, List<Pole> found) {
        double span = seeds[end - 1] - seeds[i] + 4 * Math.ulp(seeds[end - 1]);
        double from = i > 0 ? Math.max(0.5 * (seeds[i - 1] + seeds[i]), seeds[i] - span) : seeds[i] - span;
        double up = end < seeds.length ? Math.min(0.5 * (seeds[end - 1] + seeds[end]), seeds[end - 1] + span)
                : seeds[end - 1] + span;
        double[] precise = spectrum.eigenvaluesToUlp(from, up);
        if (precise.length != end - i) {
            return false;
        }
        double[] widths = new double[precise.length];
        double[] peaks = new double[precise.length];
        for (int k = 0; k < precise.length; k++) {
            double e = precise[k];
            double floor = ResonanceFinder.RESOLUTION_ULPS * Math.ulp(e);
            double[] w = NarrowPoleRefiner.widths(profile, factor, new ComplexNumber(e, -0.5 * floor));
            double gamma = w == null ? Double.NaN : w[0];
            if (!(gamma >= 0 && gamma < floor) || !(leadShift(profile, e, gamma) < Math.ulp(e))) {
                return false;
            }
            widths[k] = gamma;
            peaks[k] = NarrowPoleRefiner.breitWignerPeak(w);
        }
        for (int k = 0; k < precise.length; k++) {
            found.add(new Pole(precise[k], widths[k], true, peaks[k]));
        }
        return true;
    }

    /** (q/k) Gamma at E: about how far the leads move a pole of width Gamma from its Dirichlet eigenvalue. */
    static double leadShift(Staircase profile, double energyEv, double gamma) {
        double e0 = Math.max(profile.leadLeftEv(), profile.leadRightEv());
        double qOverK = Math.sqrt(Math.max(profile.maxPotentialEv() - energyEv, 0) / (energyEv - e0));
        return Math.max(qOverK, 1) * gamma;
    }

    /**
     * The pole found already that shares E_r with {@code seed} to within {@link #MULTIPLET_BAND} (of the same
     * multiplet), or null.
     */
    static Pole unresolvedTwin(List<Pole> found, double seed) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Pole p = found.get(k);
            if (Math.abs(p.energyEv() - seed) <= MULTIPLET_BAND * Math.abs(seed)) {
                return p;
            }
        }
        return null;
    }

    /** The distance from seed i to its nearer neighbour ({@code none} for a lone seed), at least a few ulps. */
    private static double separation(double[] seeds, int i, double none) {
        double left = i > 0 ? seeds[i] - seeds[i - 1] : Double.POSITIVE_INFINITY;
        double right = i + 1 < seeds.length ? seeds[i + 1] - seeds[i] : Double.POSITIVE_INFINITY;
        double sep = Math.min(Math.min(left, right), none);
        return Math.max(sep, 4 * Math.ulp(seeds[i]));
    }

    /** The zeros found within reach of {@code at}, in the order found, into {@code into} (cleared first). */
    private static List<Pole> near(List<Pole> found, double at, double reach, List<Pole> into) {
        into.clear();
        for (Pole p : found) {
            if (Math.abs(p.energyEv() - at) < reach) {
                into.add(p);
            }
        }
        return into;
    }

    /** Whether a zero of {@code found} lies within {@code relative} |p| of p. */
    static boolean hasZeroWithin(List<Pole> found, Pole p, double relative) {
        double[] z = {p.energyEv(), -0.5 * p.widthEv()};
        return !isNew(found, z, relative * ComplexIncidentAmplitude.modulus(z[0], z[1]));
    }

    static boolean isNew(List<Pole> found, double[] z) {
        return isNew(found, z, sameZero(z));
    }

    /** How close two zeros at about z are to be one zero. */
    private static double sameZero(double[] z) {
        return SAME_ZERO * ComplexIncidentAmplitude.modulus(z[0], z[1]);
    }

}

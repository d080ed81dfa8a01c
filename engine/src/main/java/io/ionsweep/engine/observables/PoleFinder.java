package io.ionsweep.engine.observables;

import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Every zero of g(E) = kL a(E) with real part in [eLo, eHi], none missed and none doubled.
 *
 * <p>Method: the argument principle. N(x), the number of zeros in the rectangle
 * [eLo, x] x [-depth, 0.7 depth], is the winding of g along its border, followed with {@link PhaseTracker}.
 * The top and bottom edges are tracked once for the whole window; each N(x) then costs one vertical
 * line. No zero lies in the upper half plane (they would be bound states), so the top edge is smooth;
 * very narrow resonances sit just below the real axis and are seen only by the vertical lines, which
 * cross the axis between them. Bisection on x isolates every zero in an interval of count one, where a
 * secant iteration from a few starting depths converges to it (an iterate that leaves the interval is
 * rejected and the interval halved). Counts are exact integers, so the list is complete by
 * construction; a zero deeper than the depth (default: the window width) would not be counted.
 */
final class PoleFinder {
    /** Pieces each horizontal edge starts with before adaptive halving. */
    private static final int EDGE_PIECES = 16;
    /** Pieces each vertical line starts with. */
    private static final int LINE_PIECES = 4;
    private static final double TWO_PI = 2 * Math.PI;
    /** A winding further than this from an integer means the contour grazed a zero: move it. */
    private static final double COUNT_SLACK = 0.1;
    private static final int MAX_SECANT_STEPS = 100;
    /** Intervals narrower than this many ulps stop bisecting: the zeros share E_r to rounding. */
    private static final double MIN_INTERVAL_ULPS = 64;
    /** Intervals narrower than this (relative) holding several zeros are solved by deflation first. */
    private static final double CLUSTER_WIDTH = 1e-7;
    /** Positions tried for one contour line before its interval is solved by deflation instead. */
    private static final int LINE_ATTEMPTS = 4;
    /**
     * The top edge sits at this fraction of the depth above the axis: with an irrational-looking
     * ratio no halving point of a vertical line lands exactly on the real axis, where g'/g is
     * infinite at a lead threshold.
     */
    private static final double TOP_FRACTION = 0.7071;

    private final PhaseTracker tracker;
    private final ComplexAmplitudeFunction g;
    private final double eLo;
    private final double eHi;
    private final double depth;
    private final List<AmplitudeSample> bottomNodes = new ArrayList<>();
    private final List<Double> bottomPhases = new ArrayList<>();
    private final List<AmplitudeSample> topNodes = new ArrayList<>();
    private final List<Double> topPhases = new ArrayList<>();
    private double leftLine;

    private PoleFinder(Staircase profile, double massU, double eLo, double eHi, double depth) {
        this.g = new ComplexAmplitudeFunction(profile, massU);
        this.tracker = new PhaseTracker(g);
        this.eLo = eLo;
        this.eHi = eHi;
        this.depth = depth;
    }

    /** The zeros with E_r in [eLoEv, eHiEv] (eLoEv at least the higher lead), sorted by E_r. */
    static List<Pole> find(Staircase profile, double massU, double eLoEv, double eHiEv) {
        return find(profile, massU, eLoEv, eHiEv, 1.0);
    }

    /** As {@link #find(Staircase, double, double, double)} with the contour depth scaled (for checks). */
    static List<Pole> find(Staircase profile, double massU, double eLoEv, double eHiEv, double depthScale) {
        double e0 = Math.max(profile.leadLeftEv(), profile.leadRightEv());
        double lo = Math.max(eLoEv, e0);
        if (!(eHiEv > lo)) {
            return List.of();
        }
        double width = eHiEv - lo;
        // A contour edge through a zero shows up as a failed track: deepen slightly and retry.
        for (int attempt = 0; attempt < 8; attempt++) {
            PoleFinder f = new PoleFinder(profile, massU, lo, eHiEv, width * depthScale * (1 + 0.137 * attempt));
            if (f.trackEdges()) {
                return PolePolisher.polish(profile, massU, f.run());
            }
        }
        throw new IllegalStateException("pole search: cannot lay a contour around [" + lo + ", " + eHiEv + "] eV");
    }

    private double top() {
        return TOP_FRACTION * depth;
    }

    private boolean trackEdges() {
        AmplitudeSample bl = g.at(eLo, -depth);
        AmplitudeSample br = g.at(eHi, -depth);
        AmplitudeSample tl = g.at(eLo, top());
        AmplitudeSample tr = g.at(eHi, top());
        if (Double.isNaN(tracker.track(bl, br, EDGE_PIECES, bottomNodes, bottomPhases))
                || Double.isNaN(tracker.track(tl, tr, EDGE_PIECES, topNodes, topPhases))) {
            return false;
        }
        leftLine = tracker.track(bl, tl, LINE_PIECES, null, null);
        return !Double.isNaN(leftLine);
    }

    /** The number of zeros with real part in [eLo, x], or -1 when the line at x grazes a zero. */
    private int countBelow(double x) {
        AmplitudeSample bottom = g.at(x, -depth);
        AmplitudeSample top = g.at(x, top());
        double line = tracker.track(bottom, top, LINE_PIECES, null, null);
        if (Double.isNaN(line)) {
            return -1;
        }
        double winding = (edgePhase(bottomNodes, bottomPhases, bottom) + line
                - edgePhase(topNodes, topPhases, top) - leftLine) / TWO_PI;
        long n = Math.round(winding);
        return Math.abs(winding - n) < COUNT_SLACK && n >= 0 ? (int) n : -1;
    }

    private static double edgePhase(List<AmplitudeSample> nodes, List<Double> phases, AmplitudeSample at) {
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (nodes.get(mid).eRe() <= at.eRe()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return phases.get(lo) + nodes.get(lo).phaseTo(at);
    }

    private record Interval(double lo, double hi, int countLo, int countHi) {}

    private List<Pole> run() {
        List<Pole> poles = new ArrayList<>();
        int total = countWithRetries(eHi, eHi - eLo, -1);
        Deque<Interval> work = new ArrayDeque<>();
        work.push(new Interval(eLo, eHi, 0, total));
        while (!work.isEmpty()) {
            Interval iv = work.pop();
            int n = iv.countHi - iv.countLo;
            if (n <= 0) {
                continue;
            }
            double w = iv.hi - iv.lo;
            double scale = Math.max(Math.abs(iv.hi), Math.abs(iv.lo));
            if (n == 1) {
                Pole p = locate(iv, List.of());
                if (p != null) {
                    poles.add(p);
                    continue;
                }
            } else if (w < CLUSTER_WIDTH * scale) {
                // Zeros this close in E_r (multiplets, or a narrow and a broad one stacked): find them
                // one by one with the found ones divided out, rather than slicing between them.
                List<Pole> found = findAll(iv, n);
                if (found != null) {
                    poles.addAll(found);
                    continue;
                }
            }
            if (w < MIN_INTERVAL_ULPS * Math.ulp(scale)) {
                poles.addAll(deflate(iv, n));
                continue;
            }
            double mid = iv.lo + 0.5 * w;
            int nm = countWithRetries(mid, w, +1);
            if (nm < 0) {
                // No clean line: the zeros crowd the midpoint; take them all from this interval.
                poles.addAll(deflate(iv, n));
                continue;
            }
            if (nm < iv.countLo || nm > iv.countHi) {
                throw new IllegalStateException("pole search: inconsistent count " + nm + " at " + mid + " eV");
            }
            // Right half pushed first so the list fills from low energies.
            work.push(new Interval(mid, iv.hi, nm, iv.countHi));
            work.push(new Interval(iv.lo, mid, iv.countLo, nm));
        }
        poles.sort(Comparator.comparingDouble(Pole::energyEv));
        return poles;
    }

    /** N(x), moving x by small fractions of the interval when its line grazes a zero. */
    private int countWithRetries(double x, double width, int direction) {
        for (int attempt = 0; attempt < LINE_ATTEMPTS; attempt++) {
            double at = attempt == 0 ? x : x + direction * width * 0.0618 * attempt;
            if (direction < 0 && attempt > 0) {
                // Moving the right end would shrink the window: nudge the line to the right instead.
                at = x + width * 1e-9 * attempt;
            }
            int n = countBelow(at);
            if (n >= 0) {
                return n;
            }
        }
        if (direction < 0) {
            throw new IllegalStateException("pole search: no clean contour line near " + x + " eV");
        }
        return -1;
    }

    /** All n zeros of the interval by deflation, or null if any of them cannot be found inside it. */
    private List<Pole> findAll(Interval iv, int n) {
        List<Pole> found = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Pole p = locate(iv, found);
            if (p == null) {
                return null;
            }
            found.add(p);
        }
        return found;
    }

    /** Secant iterations from a few starting depths; the zero must land in the interval. */
    private Pole locate(Interval iv, List<Pole> known) {
        double w = iv.hi - iv.lo;
        double mid = iv.lo + 0.5 * w;
        double slack = 1e-12 * Math.max(Math.abs(iv.hi), Math.abs(iv.lo));
        SecantSolver.Box wander = new SecantSolver.Box(iv.lo - w, iv.hi + w, -2 * depth, depth);
        double[] depths = {w * 1e-3, 0.25 * w, w, 4 * w, 16 * w};
        for (double d : depths) {
            if (d > depth) {
                break;
            }
            double[] z = SecantSolver.solve(g::valueAt, mid, -d, mid + 0.0625 * w, -1.1 * d, wander, known);
            if (z != null && z[0] >= iv.lo - slack && z[0] <= iv.hi + slack && z[1] >= -depth && z[1] <= top()) {
                return new Pole(z[0], -2 * z[1]);
            }
        }
        return null;
    }

    /** Zeros that share E_r to rounding: found one by one with the others divided out. */
    private List<Pole> deflate(Interval iv, int n) {
        List<Pole> found = new ArrayList<>();
        double w = Math.max(iv.hi - iv.lo, Math.ulp(iv.hi) * MIN_INTERVAL_ULPS);
        Interval wide = new Interval(iv.lo - w, iv.hi + w, iv.countLo, iv.countHi);
        for (int k = 0; k < n; k++) {
            Pole p = locate(wide, found);
            if (p == null) {
                // Cannot separate them: report the remaining ones at the interval's centre, unresolved.
                p = new Pole(0.5 * (iv.lo + iv.hi), 0.0);
            }
            found.add(p);
        }
        return found;
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.GlobalMatrixDeterminant;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Every zero of g(E) = kL a(E) with real part in [eLo, eHi], none missed and none doubled.
 *
 * <p>Method, in three steps.
 * <ol>
 * <li>Seeds: the Dirichlet eigenvalues of the profile region ({@link BoxSpectrum}), found on the real
 *     axis by exact Sturm counts. Each resonance lies near one of them: within about its width for
 *     the narrow ones, even inside the closely split multiplets of multi-well filters.</li>
 * <li>Polish: from each seed, secant iterations on the backward-stable {@link GlobalMatrixDeterminant}
 *     below the profile's top, Newton iterations on the amplitude above it ({@link ZeroIteration},
 *     {@link SeedPolisher}).</li>
 * <li>Proof of completeness: the argument principle, on h = g / prod (E - p_k) with the polished zeros
 *     p_k divided out. The winding of h along the border of the rectangle [eLo, eHi] x [-depth,
 *     0.12 depth], followed with {@link PhaseTracker}, is the number of zeros inside that are not yet
 *     known (no zero lies in the upper half plane: it would be a bound state); with the known zeros
 *     gone the phase of h turns slowly, so the contour needs few samples. When the count is zero the
 *     list is complete. Otherwise the window is bisected with vertical lines (each count costs one
 *     line), and in every interval that still lacks zeros secant iterations on the determinant, with all zeros found so far
 *     divided out, find the missing ones (the only zeros left there): where one zero is left, first from
 *     where the contour integrals of h'/h and z h'/h around the interval's rectangle put it (the
 *     trapezoid rule on the samples taken anyway), then from a few starting depths below its middle.
 *     The rectangle's bottom is the counting strip's ({@link #countingDepth}): where the rectangle below it,
 *     down to the full depth, is shown once to hold no zero (its winding is 0), the border and every counting
 *     line stop at the strip, a few times the deepest known zero, instead of running the full depth.</li>
 * </ol>
 * A zero deeper than the depth (default: the window width) is not counted.
 */
final class PoleFinder {
    /** Pieces each horizontal edge starts with before adaptive halving. */
    private static final int EDGE_PIECES = 16;
    /** Pieces each vertical line starts with. */
    static final int LINE_PIECES = 4;
    private static final double TWO_PI = 2 * Math.PI;
    /** A winding further than this from an integer means the contour grazed a zero: move it. */
    static final double COUNT_SLACK = 0.1;
    /** Intervals narrower than this many ulps stop bisecting: the zeros share E_r to rounding. */
    static final double MIN_INTERVAL_ULPS = 64;
    /** A zero located from a centroid this close (relative) to one found is left to the other searches. */
    private static final double MULTIPLE_ZERO = 1e-6;
    /** A centroid is rounded to this many steps per interval width. */
    private static final double CENTROID_GRID = 0x1p20;
    /** The second starting point of an iteration from an interval's centroid, this fraction of its width away. */
    private static final double CENTROID_OFFSET = 0.01;
    /** Positions tried for one contour line before its interval is solved by deflation instead. */
    private static final int LINE_ATTEMPTS = 4;
    /**
     * The top edge sits at this fraction of the depth above the axis: with an irrational-looking
     * ratio no halving point of a vertical line lands exactly on the real axis, where g'/g is
     * infinite at a lead threshold. Low, because no zero lies above the axis and the phase of g turns
     * in proportion to a line's length (and every sample divides out every known zero): at 0.7071 the
     * contour took 1,413 samples per observables-throughput configuration, here 908.
     */
    static final double TOP_FRACTION = 0.1237;

    private final PhaseTracker tracker;
    private final ComplexAmplitudeFunction g;
    private final StrayZeros stray;
    private final Staircase profile;
    private final double massU;
    /** The Dirichlet spectrum, made when first asked for (see {@link #onDirichletLevels}). */
    private BoxSpectrum spectrum;
    private final ComplexFunction det;
    /** Zeros found so far: those the contour's function has divided out, then those located here. */
    private final List<Pole> known;
    private final List<Pole> located = new ArrayList<>();
    private final double eLo;
    private final double eHi;
    private final double depth;
    /**
     * Set when zeros were counted that no search could locate and that sit by no zero found: not the
     * unresolved members of a multiplet but, as far as seen, a miscount of this contour (once 7 phantom
     * zeros near a lead threshold, gone with the depth 10 % off).
     */
    private boolean unexplained;
    private final List<AmplitudeSample> bottomNodes = new ArrayList<>();
    private final List<Double> bottomPhases = new ArrayList<>();
    private final List<AmplitudeSample> topNodes = new ArrayList<>();
    private final List<Double> topPhases = new ArrayList<>();
    /** The samples of every counting line taken, bottom to top, by position: the sides of the intervals' rectangles. */
    private final java.util.Map<Double, List<AmplitudeSample>> lineNodes = new java.util.HashMap<>();
    private double leftLine;

    private PoleFinder(Staircase profile, double massU, ComplexFunction det, double eLo, double eHi, double depth,
                       List<Pole> known) {
        this.known = new ArrayList<>(known);
        ComplexAmplitudeFunction h = new ComplexAmplitudeFunction(profile, massU, known);
        this.g = h.turnedBack(steadyTurn(h, eLo, eHi, depth));
        this.tracker = new PhaseTracker(g);
        this.det = det;
        this.eLo = eLo;
        this.eHi = eHi;
        this.depth = depth;
        this.stray = new StrayZeros(profile, massU, det, depth);
        this.profile = profile;
        this.massU = massU;
    }

    /** The zeros with E_r in [eLoEv, eHiEv] (eLoEv at least the higher lead), sorted by E_r. */
    static List<Pole> find(Staircase profile, double massU, double eLoEv, double eHiEv) {
        return find(profile, massU, eLoEv, eHiEv, 1.0, true);
    }

    /**
     * As {@link #find(Staircase, double, double, double)} with the contour depth scaled and the seeds
     * optionally left out (then the argument-principle bisection alone finds every zero), for checks.
     */
    static List<Pole> find(Staircase profile, double massU, double eLoEv, double eHiEv, double depthScale,
                           boolean seeded) {
        double e0 = Math.max(profile.leadLeftEv(), profile.leadRightEv());
        double lo = Math.max(eLoEv, e0);
        if (!(eHiEv > lo)) {
            return List.of();
        }
        double width = eHiEv - lo;
        ZeroIteration search = new ZeroIteration(profile, massU);
        List<Pole> known = seeded
                ? SeedPolisher.polish(profile, massU, search, lo, eHiEv, width * depthScale, TOP_FRACTION) : List.of();
        double strip = countingDepth(profile, massU, known, lo, eHiEv, width * depthScale);
        // A contour edge through a zero shows up as a failed track, a miscount as zeros counted that cannot
        // be found: deepen slightly and retry. Only if every contour says so are such zeros reported.
        List<Pole> firstUnexplained = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            PoleFinder f = new PoleFinder(profile, massU, search.determinant(), lo, eHiEv, strip * (1 + 0.137 * attempt),
                    known);
            if (f.trackEdges()) {
                List<Pole> poles = f.complete();
                if (poles == null) {
                    // Polished zeros the argument principle does not count (never seen): start from nothing.
                    return find(profile, massU, eLoEv, eHiEv, depthScale, false);
                }
                if (!f.unexplained) {
                    return poles;
                }
                if (firstUnexplained == null) {
                    firstUnexplained = poles;
                }
            }
        }
        if (firstUnexplained != null) {
            return firstUnexplained;
        }
        throw new IllegalStateException("pole search: cannot lay a contour around [" + lo + ", " + eHiEv + "] eV");
    }

    /** The counting strip's first (shallowest) trial depth is this many times the deepest known zero's... */
    static final double STRIP_MARGIN = 8;
    /** ...but at least this fraction of the full depth; each further trial is {@link #STRIP_GROWTH} times as deep... */
    static final double STRIP_MIN_FRACTION = 1.0 / 64;
    static final double STRIP_GROWTH = 4;
    /** ...up to this fraction of the full depth (beyond it the full depth counts). */
    static final double STRIP_MAX_FRACTION = 0.25;

    /**
     * The depth the counting lines reach: a strip below the axis where the rectangle [eLo, eHi] x [-depth, -strip]
     * holds no zero beyond the known ones (the winding of the amplitude with them divided out along its border is
     * 0), else the full {@code depth}. The first strip tried is {@link #STRIP_MARGIN} times as deep as the deepest
     * known zero of the window. Why: a counting line's phase turns with its length, mostly from the zeros above
     * the window, which are not divided out; in resonance-rich configurations (7,000 zeros, none known deeper than
     * 1.1e-3 of the window) lines the window deep took thousands of samples each, every sample divided by every
     * known zero. The rectangle below is checked once instead: its sides are followed once, from the bottom up to
     * the first (shallowest) strip, and each deeper trial ({@link #STRIP_GROWTH} times) adds only its top edge.
     */
    static double countingDepth(Staircase profile, double massU, List<Pole> known, double eLo, double eHi,
                                double depth) {
        double deepest = 0;
        for (Pole p : known) {
            if (p.energyEv() >= eLo && p.energyEv() <= eHi) {
                deepest = Math.max(deepest, 0.5 * p.widthEv());
            }
        }
        double first = Math.max(STRIP_MARGIN * deepest, STRIP_MIN_FRACTION * depth);
        if (known.isEmpty() || !(first <= STRIP_MAX_FRACTION * depth)) {
            return depth;
        }
        ComplexAmplitudeFunction h = new ComplexAmplitudeFunction(profile, massU, known);
        ComplexAmplitudeFunction g = h.turnedBack(steadyTurn(h, eLo, eHi, depth));
        PhaseTracker tracker = new PhaseTracker(g);
        AmplitudeSample bl = g.at(eLo, -depth);
        AmplitudeSample br = g.at(eHi, -depth);
        List<AmplitudeSample> leftNodes = new ArrayList<>();
        List<Double> leftPhases = new ArrayList<>();
        List<AmplitudeSample> rightNodes = new ArrayList<>();
        List<Double> rightPhases = new ArrayList<>();
        double bottom = tracker.track(bl, br, EDGE_PIECES, null, null);
        if (Double.isNaN(bottom)
                || Double.isNaN(tracker.track(bl, g.at(eLo, -first), LINE_PIECES, leftNodes, leftPhases))
                || Double.isNaN(tracker.track(br, g.at(eHi, -first), LINE_PIECES, rightNodes, rightPhases))) {
            return depth;
        }
        for (double strip = first; strip <= STRIP_MAX_FRACTION * depth; strip *= STRIP_GROWTH) {
            AmplitudeSample tl = g.at(eLo, -strip);
            AmplitudeSample tr = g.at(eHi, -strip);
            double top = tracker.track(tr, tl, EDGE_PIECES, null, null);
            double turn = bottom + linePhase(rightNodes, rightPhases, tr) + top - linePhase(leftNodes, leftPhases, tl);
            if (Math.abs(turn / TWO_PI) < COUNT_SLACK) {
                return strip;
            }
        }
        return depth;
    }

    /** The backward-stable {@link GlobalMatrixDeterminant} as a function to iterate on (not thread-safe). */
    static ComplexFunction determinant(Staircase profile, double massU) {
        GlobalMatrixDeterminant matrix = new GlobalMatrixDeterminant(profile, massU);
        double[] buf = new double[3];
        return (x, y) -> {
            matrix.evaluate(x, y, buf);
            return new AmplitudeSample(x, y, buf[0], buf[1], buf[2], Double.NaN, Double.NaN);
        };
    }

    /** Columns and rows of the samples that measure the steady turn. */
    private static final int TURN_COLUMNS = 5;
    private static final int TURN_ROWS = 3;
    /** A turn this small over a line's depth (radians) is left as it is. */
    private static final double MIN_STEADY_TURN = 8 * Math.PI;
    /** Significant bits the rate is rounded to, so that both deflation kernels' roundings give the same one. */
    private static final int TURN_BITS = 12;

    /**
     * The steady turn of h along vertical lines, per eV: the median of Re(h'/h) (the turn rate up a vertical
     * line) over a grid of the rectangle's lower part; 0 when it would turn a line by less than
     * {@link #MIN_STEADY_TURN}. The zeros above the window (none of them divided out) and g's own growth in the
     * lower half plane make h turn nearly uniformly there, by thousands of radians on a line of heavy ions in
     * wide wells, and the tracker took 2.5 radians a sample: 8,000 samples a line, each divided by every known
     * zero. The median, so that a sample near a zero not yet found does not set it.
     */
    static double steadyTurn(ComplexAmplitudeFunction h, double eLo, double eHi, double depth) {
        double[] rates = new double[TURN_COLUMNS * TURN_ROWS];
        int n = 0;
        for (int i = 0; i < TURN_COLUMNS; i++) {
            for (int j = 0; j < TURN_ROWS; j++) {
                AmplitudeSample s = h.at(eLo + (eHi - eLo) * (i + 0.5) / TURN_COLUMNS, -depth * (j + 0.5) / TURN_ROWS);
                if (Double.isFinite(s.logDerivativeRe())) {
                    rates[n++] = s.logDerivativeRe();
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        java.util.Arrays.sort(rates, 0, n);
        double median = rates[n / 2];
        if (!(Math.abs(median) * depth >= MIN_STEADY_TURN)) {
            return 0;
        }
        int e = Math.getExponent(median);
        return Math.scalb(Math.rint(Math.scalb(median, TURN_BITS - e)), e - TURN_BITS);
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
        List<AmplitudeSample> nodes = new ArrayList<>();
        leftLine = tracker.track(bl, tl, LINE_PIECES, nodes, new ArrayList<>());
        lineNodes.put(eLo, nodes);
        return !Double.isNaN(leftLine);
    }

    /** A count that could not be taken: the line grazes a zero. */
    private static final int GRAZED = Integer.MIN_VALUE;

    /**
     * The number of zeros with real part in [eLo, x] that are not known yet (negative if a known one is
     * not a zero), or {@link #GRAZED} when the line at x passes too close to a zero.
     */
    private int countBelow(double x) {
        AmplitudeSample bottom = g.at(x, -depth);
        AmplitudeSample top = g.at(x, top());
        List<AmplitudeSample> nodes = new ArrayList<>();
        double line = tracker.track(bottom, top, LINE_PIECES, nodes, new ArrayList<>());
        if (Double.isNaN(line)) {
            return GRAZED;
        }
        double winding = (edgePhase(bottomNodes, bottomPhases, bottom) + line
                - edgePhase(topNodes, topPhases, top) - leftLine) / TWO_PI;
        long n = Math.round(winding);
        if (Math.abs(winding - n) >= COUNT_SLACK) {
            return GRAZED;
        }
        lineNodes.put(x, nodes);
        return (int) n;
    }

    private static double edgePhase(List<AmplitudeSample> nodes, List<Double> phases, AmplitudeSample at) {
        return nodePhase(nodes, phases, at, AmplitudeSample::eRe);
    }

    /** The phase at {@code at} along a vertical line followed upwards from its first node (as {@link #edgePhase}). */
    private static double linePhase(List<AmplitudeSample> nodes, List<Double> phases, AmplitudeSample at) {
        return nodePhase(nodes, phases, at, AmplitudeSample::eIm);
    }

    /** The phase at {@code at} from the last node at or before it along {@code coordinate} (nodes in its order). */
    private static double nodePhase(List<AmplitudeSample> nodes, List<Double> phases, AmplitudeSample at,
                                    ToDoubleFunction<AmplitudeSample> coordinate) {
        double c = coordinate.applyAsDouble(at);
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (coordinate.applyAsDouble(nodes.get(mid)) <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return phases.get(lo) + nodes.get(lo).phaseTo(at);
    }

    private record Interval(double lo, double hi, int countLo, int countHi) {}

    /** A count N(x) and the line position x it was taken at (moved off a zero if need be). */
    private record Line(double x, int count) {}

    /**
     * The known zeros completed to all zeros of the window, as the argument principle counts them; null
     * when fewer zeros are counted than are known (a known one is not a zero).
     */
    private List<Pole> complete() {
        Line right = lineWithRetries(eHi, eHi - eLo, -1);
        if (right.count < 0) {
            return null;
        }
        if (right.count > 0) {
            bisect(new Interval(eLo, right.x, 0, right.count));
            reconcile(right.count);
        }
        List<Pole> poles = new ArrayList<>();
        for (List<Pole> list : List.of(known, located)) {
            for (Pole p : list) {
                if (p.energyEv() >= eLo && p.energyEv() <= eHi) {
                    poles.add(p);
                }
            }
        }
        poles.sort(Comparator.comparingDouble(Pole::energyEv));
        return poles;
    }

    private int locatedWithin(double lo, double hi) {
        return locatedInside(lo, hi).size();
    }

    /** The zeros located so far inside the rectangle over [lo, hi). */
    private List<Pole> locatedInside(double lo, double hi) {
        List<Pole> inside = new ArrayList<>();
        for (Pole p : located) {
            double im = -0.5 * p.widthEv();
            if (p.energyEv() >= lo && p.energyEv() < hi && im >= -depth && im <= top()) {
                inside.add(p);
            }
        }
        return inside;
    }

    /** Locates the zeros that the counts (of zeros not known yet) say are missing from the interval. */
    private void bisect(Interval start) {
        Deque<Interval> work = new ArrayDeque<>();
        work.push(start);
        while (!work.isEmpty()) {
            Interval iv = work.pop();
            int missing = iv.countHi - iv.countLo - locatedWithin(iv.lo, iv.hi);
            if (missing <= 0) {
                continue;
            }
            double w = iv.hi - iv.lo;
            double scale = Math.max(Math.abs(iv.hi), Math.abs(iv.lo));
            // With every zero found so far divided out, the only zeros left near the interval are the
            // missing ones: secant iterations from inside it usually find them without more lines.
            List<Pole> found = locateAll(iv, missing);
            located.addAll(found);
            missing -= found.size();
            if (missing == 0) {
                continue;
            }
            if (w < MIN_INTERVAL_ULPS * Math.ulp(scale)) {
                // Zeros that share E_r to rounding: what can be separated is, the rest are reported at the
                // interval's centre with zero width (unresolved).
                located.addAll(deflate(iv, missing));
                continue;
            }
            double mid = iv.lo + 0.5 * w;
            Line line = lineWithRetries(mid, w, +1);
            if (line == null) {
                located.addAll(deflate(iv, missing));
                continue;
            }
            int nm = Math.min(Math.max(line.count, iv.countLo), iv.countHi);
            // Right half pushed first so the list fills from low energies.
            work.push(new Interval(line.x, iv.hi, nm, iv.countHi));
            work.push(new Interval(iv.lo, line.x, iv.countLo, nm));
        }
    }

    /** N(x), moving x by small fractions of the interval when its line grazes a zero; null if none is clean. */
    private Line lineWithRetries(double x, double width, int direction) {
        for (int attempt = 0; attempt < LINE_ATTEMPTS; attempt++) {
            double at = attempt == 0 ? x : x + direction * width * 0.0618 * attempt;
            if (direction < 0 && attempt > 0) {
                // Moving the right end would shrink the window: nudge the line to the right instead.
                at = x + width * 1e-9 * attempt;
            }
            int n = countBelow(at);
            if (n != GRAZED) {
                return new Line(at, n);
            }
        }
        if (direction < 0) {
            throw new IllegalStateException("pole search: no clean contour line near " + x + " eV");
        }
        return null;
    }

    /** Up to {@code missing} zeros of the interval, one by one with the ones found so far divided out. */
    private List<Pole> locateAll(Interval iv, int missing) {
        List<Pole> deflated = nearby(iv);
        List<Pole> found = new ArrayList<>();
        double[] moments = moments(iv);
        // the contour counts every zero not among the known ones, those located already included
        List<Pole> excluded = locatedInside(iv.lo, iv.hi);
        for (int k = 0; k < missing; k++) {
            Pole p = locate(iv, deflated, centroid(iv, moments, iv.countHi - iv.countLo, excluded), true);
            if (p == null) {
                break;
            }
            found.add(p);
            deflated.add(p);
            excluded.add(p);
        }
        return found;
    }

    /** The zeros found so far near the interval, to divide out of a secant iteration. */
    private List<Pole> nearby(Interval iv) {
        double w = iv.hi - iv.lo;
        List<Pole> near = new ArrayList<>();
        for (List<Pole> list : List.of(known, located)) {
            for (Pole p : list) {
                if (p.energyEv() > iv.lo - 2 * w && p.energyEv() < iv.hi + 2 * w) {
                    near.add(p);
                }
            }
        }
        return near;
    }

    /**
     * Secant iterations on the determinant, first from {@code start} (when given), then from a few starting
     * depths below the interval's middle; the zero must land in the interval. With {@code halvable} the depths
     * stop at the first iteration that wanders (uses up its steps in the box) and the caller halves the
     * interval instead: over the throughput workload the deeper starts after one found 0.05 zeros per
     * configuration in 510 evaluations of the determinant, and stopping there cut the completion from 1.95
     * to 1.08 ms a configuration. Not Newton on the amplitude, even above the profile's top where the seeds'
     * polishing uses it: from an interval's middle, with hundreds of zeros divided out, it wandered where the
     * secant found the second of two broad poles 8.6e-6 eV apart, and the bisection that followed reported a
     * phantom ({@code NearlyDoubleBroadPoleTest}).
     */
    private Pole locate(Interval iv, List<Pole> deflated, double[] start, boolean halvable) {
        double w = iv.hi - iv.lo;
        double mid = iv.lo + 0.5 * w;
        SecantSolver.Box wander = new SecantSolver.Box(iv.lo - w, iv.hi + w, -2 * depth, depth);
        if (start != null) {
            double offset = CENTROID_OFFSET * w;
            Pole p = accepted(iv, deflated, SecantSolver.solve(det, start[0], start[1], start[0] + offset,
                    start[1] - offset, wander, deflated));
            // a zero this close to one found is a second member of a multiple zero, pinned only to ~1e-11 this
            // way: the searches below (and StrayZeros) handle those
            if (p != null && !SeedPolisher.hasZeroWithin(deflated, p, MULTIPLE_ZERO)) {
                return p;
            }
        }
        double[] depths = {w * 1e-3, 0.25 * w, w, 4 * w, 16 * w};
        for (double d : depths) {
            if (d > depth) {
                break;
            }
            SecantSolver.Outcome o = SecantSolver.iterate(det, mid, -d, mid + 0.0625 * w, -1.1 * d, wander, deflated);
            Pole p = accepted(iv, deflated, o.zero());
            if (p != null) {
                return p;
            }
            if (halvable && o.wandered()) {
                return null;
            }
        }
        return null;
    }

    /** The pole at the zero z if it lies in the interval (to 1e-12), within the depth and is new; else null. */
    private Pole accepted(Interval iv, List<Pole> deflated, double[] z) {
        Pole p = z == null ? null : Pole.atZero(z);
        double slack = 1e-12 * Math.max(Math.abs(iv.hi), Math.abs(iv.lo));
        return p != null && z[0] >= iv.lo - slack && z[0] <= iv.hi + slack && z[1] >= -depth
                && SeedPolisher.isNew(deflated, z) ? p : null;
    }

    /**
     * The contour integrals of h'/h and of z h'/h around the interval's rectangle (trapezoid rule on the samples
     * the argument principle took: its edges' nodes between the two counting lines, and the lines'), as
     * {re M0, im M0, re M1, im M1}; null when a side's samples are not kept. M0 is 2 pi i times the number of
     * unknown zeros inside, M1 2 pi i times their sum.
     */
    private double[] moments(Interval iv) {
        List<AmplitudeSample> left = lineNodes.get(iv.lo);
        List<AmplitudeSample> right = lineNodes.get(iv.hi);
        if (left == null || right == null) {
            return null;
        }
        // counterclockwise: bottom edge lo -> hi, right line up, top edge hi -> lo, left line down
        List<AmplitudeSample> path = new ArrayList<>();
        path.add(left.get(0));
        for (AmplitudeSample s : bottomNodes) {
            if (s.eRe() > iv.lo && s.eRe() < iv.hi) {
                path.add(s);
            }
        }
        path.addAll(right);
        for (int k = topNodes.size() - 1; k >= 0; k--) {
            AmplitudeSample s = topNodes.get(k);
            if (s.eRe() > iv.lo && s.eRe() < iv.hi) {
                path.add(s);
            }
        }
        for (int k = left.size() - 1; k >= 0; k--) {
            path.add(left.get(k));
        }
        double[] m = new double[4];
        for (int k = 1; k < path.size(); k++) {
            AmplitudeSample a = path.get(k - 1);
            AmplitudeSample b = path.get(k);
            double dzr = b.eRe() - a.eRe();
            double dzi = b.eIm() - a.eIm();
            double fr = 0.5 * (a.logDerivativeRe() + b.logDerivativeRe());
            double fi = 0.5 * (a.logDerivativeIm() + b.logDerivativeIm());
            m[0] += fr * dzr - fi * dzi;
            m[1] += fr * dzi + fi * dzr;
            double zr = 0.5 * (a.eRe() * a.logDerivativeRe() - a.eIm() * a.logDerivativeIm()
                    + b.eRe() * b.logDerivativeRe() - b.eIm() * b.logDerivativeIm());
            double zi = 0.5 * (a.eRe() * a.logDerivativeIm() + a.eIm() * a.logDerivativeRe()
                    + b.eRe() * b.logDerivativeIm() + b.eIm() * b.logDerivativeRe());
            m[2] += zr * dzr - zi * dzi;
            m[3] += zr * dzi + zi * dzr;
        }
        return m;
    }

    /**
     * Where the one zero of the interval not yet located lies, from the moments: (M1 - M0/n * sum of the
     * located) / (M0/n) for n counted; null when the moments are absent, when M0 is not within a quarter turn of
     * 2 pi i n (the trapezoid rule too coarse), when more than one zero is left (their mean can be a double zero,
     * which a secant iteration started there pins only to ~1e-11 of E_r: the other searches find its members
     * one at a time, to ~1e-15) or when it falls outside the rectangle.
     */
    private double[] centroid(Interval iv, double[] m, int counted, List<Pole> located) {
        if (m == null || counted - located.size() != 1 || !(Math.abs(m[1] - TWO_PI * counted) < 0.25 * TWO_PI)
                || !(Math.abs(m[0]) < 0.25 * TWO_PI)) {
            return null;
        }
        double sr = 0;
        double si = 0;
        for (Pole p : located) {
            sr += p.energyEv();
            si += -0.5 * p.widthEv();
        }
        // a = M0 / n (2 pi i to the trapezoid rule's error); z = (M1 - a * sum) / a
        double ar = m[0] / counted;
        double ai = m[1] / counted;
        double nr = m[2] - (ar * sr - ai * si);
        double ni = m[3] - (ar * si + ai * sr);
        double den = ar * ar + ai * ai;
        double zr = (nr * ar + ni * ai) / den;
        double zi = (ni * ar - nr * ai) / den;
        if (!(zr > iv.lo && zr < iv.hi && zi > -depth && zi < top())) {
            return null;
        }
        // On a grid of 2^-20 of the width: the moments carry the rounding of the deflation kernel, which differs
        // between its scalar and vector forms (and lane counts); a start that did would make the zeros' last
        // bits depend on the kernel.
        double w = iv.hi - iv.lo;
        return new double[] {iv.lo + w * Math.rint((zr - iv.lo) / w * CENTROID_GRID) / CENTROID_GRID,
            w * Math.rint(zi / w * CENTROID_GRID) / CENTROID_GRID};
    }

    /** Zeros that share E_r to rounding: found one by one with the others divided out. */
    private List<Pole> deflate(Interval iv, int missing) {
        double w = Math.max(iv.hi - iv.lo, Math.ulp(iv.hi) * MIN_INTERVAL_ULPS);
        Interval wide = new Interval(iv.lo - w, iv.hi + w, iv.countLo, iv.countHi);
        List<Pole> deflated = nearby(wide);
        List<Pole> found = new ArrayList<>();
        for (int k = 0; k < missing; k++) {
            Pole p = locate(wide, deflated, null, false);
            if (p == null) {
                p = stray.secondMember(0.5 * (iv.lo + iv.hi), allFound(deflated));
            }
            if (p == null) {
                p = stray.enclose(0.5 * (iv.lo + iv.hi), allFound(deflated));
            }
            if (p == null) {
                // Cannot separate them: report the remaining ones at the interval's centre, unresolved.
                double centre = 0.5 * (iv.lo + iv.hi);
                p = new Pole(centre, 0.0);
                if (SeedPolisher.unresolvedTwin(deflated, centre) == null && !onDirichletLevels(centre, missing)) {
                    unexplained = true;
                }
            }
            found.add(p);
            deflated.add(p);
        }
        return found;
    }

    /**
     * Whether the profile region's Dirichlet spectrum has at least {@code zeros} eigenvalues within the resolution
     * floor of {@code centre}: then the zeros the intervals pinned there are resonances too narrow for any search
     * (the levels of a deep well between thick barriers, widths far below the floor), not a miscount, and laying
     * the contour again would only find them again. Random five-layer profiles showed it: 1,058 such zeros in 8
     * of 150, each within 4.2e-15 of its own 60-digit Dirichlet eigenvalue, and 8 contours each (119 s for one).
     */
    private boolean onDirichletLevels(double centre, int zeros) {
        if (spectrum == null) {
            spectrum = new BoxSpectrum(profile, massU);
        }
        return onDirichletLevels(spectrum, centre, zeros);
    }

    /** As above, with the spectrum given. */
    static boolean onDirichletLevels(BoxSpectrum spectrum, double centre, int zeros) {
        double reach = ResonanceFinder.RESOLUTION_ULPS * Math.ulp(centre);
        return spectrum.count(centre + reach) - spectrum.count(centre - reach) >= zeros;
    }

    /**
     * Every zero known or located, and those of {@code deflated} that are neither (deflated draws on both lists).
     * By identity, not equality: the members of a double zero are equal records, and each must be divided out.
     */
    private List<Pole> allFound(List<Pole> deflated) {
        List<Pole> found = new ArrayList<>(known);
        found.addAll(located);
        java.util.Set<Pole> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        listed.addAll(found);
        for (Pole p : deflated) {
            if (!listed.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /**
     * Fewer zeros located than counted: the counting lines, wandering about a double zero, gave both members to
     * one interval and the one located there was credited to its neighbour. The missing members are sought as
     * second members of the zeros found (see {@link StrayZeros#secondMember}); a rectangle's centre standing for the
     * first member is replaced by the located second.
     *
     * <p>Each pass goes on from the zero the last one stopped at: a zero tested single stays single, since the
     * member located since lies in none of its boxes (it is a member of a later zero; and a zero divided out inside
     * a box lowers its winding). Starting each pass from the first zero made this 40 % of the search in resonance-
     * rich configurations (`fuzz-multisite.yaml` configuration 198: 11 passes over 8,000 zeros, the doubles among
     * the last located, each test a few dozen samples divided by every zero).
     */
    private void reconcile(int counted) {
        int from = 0;
        while (located.size() < counted) {
            List<Pole> found = allFound(List.of());
            FoundPoles index = FoundPoles.of(found);
            Pole first = null;
            Pole second = null;
            int k = from;
            for (; k < found.size() && second == null; k++) {
                first = found.get(k);
                second = stray.secondMemberOf(first, found, index);
            }
            if (second == null) {
                return;
            }
            // found is known then located, and located only grows at its end or has an entry replaced in place
            from = k - 1;
            int at = located.indexOf(first);
            if (at >= 0 && stray.isCentreOfRectangle(first) && StrayZeros.near(first, second)) {
                located.set(at, second);
            }
            located.add(second);
        }
    }

}

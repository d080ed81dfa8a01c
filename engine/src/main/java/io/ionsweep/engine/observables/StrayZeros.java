package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * Zeros the counting lines of {@link PoleFinder} count but cannot pin: second members of double zeros (two
 * poles at one complex energy, common among the broad poles above the barriers of symmetric filters) and
 * zeros the line jumps wander around. Both are found by the argument principle on small rectangles, with
 * every zero found divided out, tracked by a {@link PhaseTracker#strict} tracker (their sides pass close beside
 * double zeros). Not thread-safe.
 */
final class StrayZeros {
    /** Half-sides (relative to |E|, or the width if larger) of the boxes that test a found zero for a second member. */
    private static final double[] MULTIPLICITY_BOXES = {1e-9, 1e-7, 1e-5};
    /**
     * A second member at least this far (relative to |E|) from every zero found is reported where the iteration
     * put it; a nearer one as a copy of the first. The double zeros of symmetric filters are crossings of an even
     * and an odd pole, two simple zeros that the iteration finds to ~1e-14: mpmath puts them 1e-42 to 7e-11 apart
     * over the seed sweeps, so a copy could be 7e-11 off; below this separation it errs by less than 1e-12.
     */
    private static final double MEMBER_SEPARATION = 1e-13;
    /** Half-width (relative to E_r) of the rectangle in which a zero the counting lines cannot pin is sought. */
    private static final double ENCLOSE_HALF_WIDTH = 1e-3;
    /** Halvings of that rectangle at most. */
    private static final int ENCLOSE_STEPS = 200;
    /** Secant iterations start once both sides are below this fraction of E_r. */
    private static final double ENCLOSE_SECANT_FRACTION = 1e-4;
    /** Where a side is cut, as fractions of it: the middle, then off-centre if that line grazes a zero. */
    private static final double[] ENCLOSE_CUTS = {0.5, 0.4637, 0.5363};

    private static final double TWO_PI = 2 * Math.PI;

    private final Staircase profile;
    private final double massU;
    private final ComplexFunction det;
    private final double depth;
    /** Zeros reported at the centre of a rectangle shrunk to rounding because no iteration converged there. */
    private final List<Pole> unlocated = new ArrayList<>();

    StrayZeros(Staircase profile, double massU, ComplexFunction det, double depth) {
        this.profile = profile;
        this.massU = massU;
        this.det = det;
        this.depth = depth;
    }

    /**
     * A zero missing by {@code centre} that is one more member of a broad zero found already: near a double
     * (or nearly double) zero the counting lines graze and their jump wanders by up to ~1e-4 of E_r, and the
     * secant, with the first member divided out, cannot leave it. Each found zero whose width reaches
     * {@code centre} is tested: if the amplitude with the zeros in {@code found} near it divided out still winds
     * once around a small box about it, the zero is double there.
     * The second member is then located inside that box, or, where the two are closer than
     * {@link #MEMBER_SEPARATION}, reported as a copy of the first. Null if no found zero is double.
     */
    Pole secondMember(double centre, List<Pole> found) {
        FoundPoles index = null;
        for (Pole p : found) {
            double reach = Math.max(0.5 * p.widthEv(), PoleFinder.MIN_INTERVAL_ULPS * Math.ulp(centre));
            if (Math.abs(p.energyEv() - centre) > reach) {
                continue;
            }
            index = index != null ? index : FoundPoles.of(found);
            Pole second = secondMemberOf(p, found, index);
            if (second != null) {
                return second;
            }
        }
        return null;
    }

    /** The second member of the found zero p if the amplitude h (the zeros found near p divided out) says it is double. */
    private Pole secondMemberOf(Pole p, List<Pole> found, ComplexAmplitudeFunction h) {
        PhaseTracker t = PhaseTracker.strict(h);
        double re = p.energyEv();
        double im = -0.5 * p.widthEv();
        for (double relative : MULTIPLICITY_BOXES) {
            double r = relative * Math.max(Math.abs(re), p.widthEv());
            if (rectWinding(h, t, re - r, re + r, im - r, im + r) < 1) {
                continue;
            }
            SecantSolver.Box box = new SecantSolver.Box(re - 2 * r, re + 2 * r, im - 2 * r, im + 2 * r);
            double[] z = SecantSolver.solve(det, re + 0.5 * r, im - 0.5 * r, re - 0.5 * r, im - 0.25 * r, box, found);
            if (z != null && z[1] <= 0
                    && SeedPolisher.isNew(found, z, MEMBER_SEPARATION * ComplexIncidentAmplitude.modulus(z[0], z[1]))) {
                return Pole.atZero(z);
            }
            // a copy, a record of its own, so that each member is divided out
            return new Pole(p.energyEv(), p.widthEv(), p.fluxAtFloor(), p.breitWignerPeak());
        }
        return null;
    }

    /**
     * Zeros farther than this from p (relative to max(|E_r|, Gamma), a thousand times the largest of
     * {@link #MULTIPLICITY_BOXES}) are not divided out of the amplitude whose winding around p's boxes is taken:
     * they lie outside every box, so they add nothing to a winding, and so little turn along a box's sides (about
     * the box's size over their distance each) that the tracker does not notice them. Dividing out every zero made
     * each sample cost thousands of divisions in resonance-rich configurations, where every zero is tested.
     */
    static final double LOCAL_REACH = 1e-2;

    /** As {@link #secondMemberOf(Pole, List, ComplexAmplitudeFunction)}, with only the zeros of {@code index} near p divided out of h. */
    Pole secondMemberOf(Pole p, List<Pole> found, FoundPoles index) {
        double reach = LOCAL_REACH * Math.max(Math.abs(p.energyEv()), p.widthEv());
        List<Pole> near = index.near(p.energyEv(), reach, new ArrayList<>());
        return secondMemberOf(p, found, new ComplexAmplitudeFunction(profile, massU, near));
    }

    /**
     * A missing zero by {@code centre} located in two dimensions: a rectangle about it (1e-3 of E_r wide, the
     * contour's depth deep) that the amplitude, every zero found divided out, winds around is halved along its
     * longer side, keeping a half that it still winds around, until a secant iteration inside converges to a
     * new zero or the rectangle is below rounding (a multiple zero, reported at its centre). Needed where the
     * counting lines cannot pin the zero's real part (they wandered by ~1e-4 of E_r about broad double zeros)
     * and no secant start finds it. Null if the rectangle holds no zero.
     */
    Pole enclose(double centre, List<Pole> found) {
        ComplexAmplitudeFunction h = new ComplexAmplitudeFunction(profile, massU, found);
        PhaseTracker t = PhaseTracker.strict(h);
        double half = ENCLOSE_HALF_WIDTH * Math.abs(centre);
        // the rectangle as {re, im} lower and upper corners
        double[] lo = {centre - half, -depth};
        double[] hi = {centre + half, 0};
        long inside = rectWinding(h, t, lo, hi);
        if (inside < 1) {
            return null;
        }
        double floor = PoleFinder.MIN_INTERVAL_ULPS * Math.ulp(Math.abs(centre) + depth);
        double secantSide = ENCLOSE_SECANT_FRACTION * Math.abs(centre);
        for (int step = 0; step < ENCLOSE_STEPS && Math.max(hi[0] - lo[0], hi[1] - lo[1]) > floor; step++) {
            if (hi[0] - lo[0] < secantSide && hi[1] - lo[1] < secantSide) {
                SecantSolver.Box box = new SecantSolver.Box(lo[0], hi[0], lo[1], hi[1]);
                double xm = 0.5 * (lo[0] + hi[0]);
                double ym = 0.5 * (lo[1] + hi[1]);
                double[] z = SecantSolver.solve(det, xm, ym, xm + 0.1 * (hi[0] - lo[0]), ym - 0.1 * (hi[1] - lo[1]),
                        box, found);
                if (z != null && z[1] <= 0 && SeedPolisher.isNew(found, z)) {
                    return Pole.atZero(z);
                }
            }
            inside = halve(h, t, lo, hi, hi[0] - lo[0] >= hi[1] - lo[1] ? 0 : 1, inside);
            if (inside < 1) {
                break;
            }
        }
        Pole centreOfRectangle = new Pole(0.5 * (lo[0] + hi[0]), Math.max(0, -(lo[1] + hi[1])));
        unlocated.add(centreOfRectangle);
        return centreOfRectangle;
    }

    /**
     * Cuts the rectangle [lo, hi], around which h winds {@code inside} times, across {@code axis} (0 real, 1
     * imaginary) near its middle and keeps a part that h still winds around: the number of times it does, or -1
     * if no cut gives two parts whose windings add up to {@code inside}. Cuts pass close to double zeros (the
     * first cut across the real axis is at the centre the counting lines pinned), where the default tracker once
     * missed a 2 pi unseen: in a fuzzed sweep (`fuzz-multisite.yaml`, configuration 50) a cut 4e-8 of E_r beside
     * a double zero gave its empty side a zero, and the halving went on around nothing down to rounding, where the
     * rectangle's centre was reported as a pole of width 2^-9 eV. The rectangles are tracked strictly
     * ({@link PhaseTracker#strict}) for that; both parts are still counted, so that a miscount stops the halving
     * instead of misleading it.
     */
    private static long halve(ComplexAmplitudeFunction h, PhaseTracker t, double[] lo, double[] hi, int axis,
                              long inside) {
        for (double f : ENCLOSE_CUTS) {
            double m = lo[axis] + f * (hi[axis] - lo[axis]);
            double[] lowerHi = hi.clone();
            lowerHi[axis] = m;
            double[] upperLo = lo.clone();
            upperLo[axis] = m;
            long lower = rectWinding(h, t, lo, lowerHi);
            long upper = lower < 0 ? -1 : rectWinding(h, t, upperLo, hi);
            if (lower < 0 || upper < 0 || lower + upper != inside) {
                continue;
            }
            if (lower >= 1) {
                hi[axis] = m;
                return lower;
            }
            lo[axis] = m;
            return upper;
        }
        return -1;
    }

    /** Whether p is the centre of a rectangle shrunk around a zero (not located by an iteration). */
    boolean isCentreOfRectangle(Pole p) {
        return unlocated.contains(p);
    }

    /** Whether two zeros lie within the last rectangle's resolution of each other. */
    static boolean near(Pole a, Pole b) {
        double scale = Math.max(Math.abs(a.energyEv()), a.widthEv());
        return ComplexIncidentAmplitude.modulus(a.energyEv() - b.energyEv(), 0.5 * (a.widthEv() - b.widthEv()))
                <= ENCLOSE_SECANT_FRACTION * scale;
    }

    /** The winding number of h around the rectangle with corners lo and hi ({re, im}), rounded; -1 if grazed. */
    private static long rectWinding(ComplexAmplitudeFunction h, PhaseTracker t, double[] lo, double[] hi) {
        return rectWinding(h, t, lo[0], hi[0], lo[1], hi[1]);
    }

    /** The winding number of h around the rectangle [x0, x1] x [y0, y1], rounded; -1 if grazed. */
    private static long rectWinding(ComplexAmplitudeFunction h, PhaseTracker t, double x0, double x1, double y0,
                                    double y1) {
        AmplitudeSample a = h.at(x0, y0);
        AmplitudeSample b = h.at(x1, y0);
        AmplitudeSample c = h.at(x1, y1);
        AmplitudeSample d = h.at(x0, y1);
        int pieces = PoleFinder.LINE_PIECES;
        double w = (t.track(a, b, pieces, null, null) + t.track(b, c, pieces, null, null)
                + t.track(c, d, pieces, null, null) + t.track(d, a, pieces, null, null)) / TWO_PI;
        long n = Math.round(w);
        return Double.isNaN(w) || Math.abs(w - n) >= PoleFinder.COUNT_SLACK ? -1 : n;
    }
}

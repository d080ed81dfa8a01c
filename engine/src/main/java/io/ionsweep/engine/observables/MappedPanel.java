package io.ionsweep.engine.observables;

/**
 * One quadrature panel [t0, t1] in a variable t that maps to energy: linearly, or so that a resonance
 * of width Gamma at E_r is smooth in t. With E = E_r + (Gamma/2) tan t the Lorentzian core becomes
 * flat; with E = E_r +- e^t its 1/(E - E_r)^2 tails become e^{-t}; with E = E0 + t^2 the square root
 * with which T rises where a lead opens (under bias, T ~ k_L ~ sqrt(E - E0)) becomes analytic. A panel holds its last Gauss-Kronrod
 * value and error (of the integrand scaled by the integrator's common factor).
 */
final class MappedPanel {
    enum Map { LINEAR, LORENTZIAN, TAIL_RIGHT, TAIL_LEFT, THRESHOLD }

    final Map map;
    /** E_r for the resonance maps. */
    final double centre;
    /**
     * Gamma/2 for {@link Map#LORENTZIAN}, and for the tails of a peak whose core is taken in closed form
     * ({@link UnresolvedPeaks}); 0 otherwise.
     */
    final double halfWidth;
    final double t0;
    final double t1;
    /** ln(Gamma/2) for {@link Map#LORENTZIAN} (its Jacobian's constant part, once per panel rather than per node). */
    private final double logHalfWidth;
    /** Halvings since the panel was laid out. */
    final int depth;
    double value;
    double error;
    /** The part of {@link #value} from nodes in the integrator's zones ({@link BatchGaussKronrod}), same scale. */
    double zoneValue;
    /** Whether the panel is known to lie outside those zones (then so do its halves, which inherit it). */
    boolean clearOfZones;
    /** Whether the integrand is taken from the stable evaluator here (see {@link NoiseScreen}); halves inherit it. */
    boolean stable;

    MappedPanel(Map map, double centre, double halfWidth, double t0, double t1) {
        this(map, centre, halfWidth, t0, t1, 0);
    }

    private MappedPanel(Map map, double centre, double halfWidth, double t0, double t1, int depth) {
        this.map = map;
        this.centre = centre;
        this.halfWidth = halfWidth;
        this.logHalfWidth = map == Map.LORENTZIAN ? Math.log(halfWidth) : 0;
        this.t0 = t0;
        this.t1 = t1;
        this.depth = depth;
    }

    /**
     * Whether halving may still help: linear panels may halve down to any unlisted narrow peak, but not
     * below {@link #MIN_SPAN_ULPS} ulps of their energies, a resonance's own panels (which make its peak
     * smooth) only a few times.
     */
    boolean refinable() {
        if (map == Map.LINEAR || map == Map.THRESHOLD) {
            return depth < MAX_LINEAR_DEPTH && spansUlps(MIN_SPAN_ULPS);
        }
        return depth < MAX_MAPPED_DEPTH;
    }

    /** Whether the panel's energies span at least this many ulps of the larger end. */
    boolean spansUlps(double ulps) {
        double a = energy(t0);
        double b = energy(t1);
        return Math.abs(b - a) >= ulps * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * A linear panel narrower than this many ulps is not halved: its halves' nodes would round onto a few
     * dozen doubles, so what halving finds there is rounding, and a peak that narrow is below what double
     * precision resolves. Without this floor a resonance narrower than an ulp, whose tails stand out of a
     * tiny background down to single ulps, drew halvings to the depth limit, panels one ulp wide whose nodes
     * sat on the peak and gave it an ulp's weight instead of its own: in one configuration of a fuzzed sweep
     * (Ca2+ at 13 K and 292 mV, <T> 1e-45) 190,000 panels and 23 s.
     */
    static final double MIN_SPAN_ULPS = 64;

    /**
     * Whether the two halves of a panel show rounding noise rather than structure: a resonance's own
     * panels, halved a few times, whose halves' errors together are not clearly below the panel's
     * (the kernel cannot resolve a peak narrower than double precision, so halving finds only noise),
     * and which lie within {@link #NOISE_REACH_ULPS} of E_r, the only place where rounding can matter.
     * Farther out a stubborn error is structure (a resonance missing from the panels' list, say) and
     * halving goes on: calling it noise there once cost a guided integral 2e-5 with no warning.
     */
    static boolean noise(MappedPanel a, MappedPanel b, double parentError) {
        return a.map != Map.LINEAR && a.map != Map.THRESHOLD && a.depth >= NOISE_MIN_DEPTH
                && a.error + b.error > NOISE_RATIO * parentError && a.nearCentre() && b.nearCentre();
    }

    /** Whether the whole panel lies within {@link #NOISE_REACH_ULPS} ulps of its centre. */
    private boolean nearCentre() {
        double reach = NOISE_REACH_ULPS * Math.ulp(centre);
        return Math.abs(energy(t0) - centre) <= reach && Math.abs(energy(t1) - centre) <= reach;
    }

    /**
     * Beyond 2^30 ulps of E_r the rounding of E - E_r (one ulp) is below 1e-9 of it, the integral's
     * tolerance. The kernel's own error is mostly smaller still; where it is not (narrow resonances of
     * chains of wells), {@link NoiseScreen} has the panels evaluated by the determinant instead.
     */
    private static final double NOISE_REACH_ULPS = 0x1p30;

    private static final int MAX_MAPPED_DEPTH = 30;
    private static final int MAX_LINEAR_DEPTH = 60;
    private static final int NOISE_MIN_DEPTH = 4;
    private static final double NOISE_RATIO = 0.5;

    static MappedPanel linear(double a, double b) {
        return new MappedPanel(Map.LINEAR, 0, 0, a, b);
    }

    /** [e0, b] in t = sqrt(E - e0), for the panel where a lead opens. */
    static MappedPanel threshold(double e0, double b) {
        return new MappedPanel(Map.THRESHOLD, e0, 0, 0, Math.sqrt(b - e0));
    }

    /** The energy at t. */
    double energy(double t) {
        return switch (map) {
            case LINEAR -> t;
            case LORENTZIAN -> centre + halfWidth * Math.tan(t);
            case TAIL_RIGHT -> centre + Math.exp(t);
            case TAIL_LEFT -> centre - Math.exp(t);
            case THRESHOLD -> centre + t * t;
        };
    }

    /** ln |dE/dt| at t. */
    double logJacobian(double t) {
        return switch (map) {
            case LINEAR -> 0;
            case LORENTZIAN -> logHalfWidth - 2 * Math.log(Math.cos(t));
            case TAIL_RIGHT, TAIL_LEFT -> t;
            case THRESHOLD -> Math.log(2 * t);
        };
    }

    /** The two halves (in t); null when the panel is too narrow to halve in double precision. */
    MappedPanel[] split() {
        double mid = t0 + 0.5 * (t1 - t0);
        if (!(mid > t0 && mid < t1)) {
            return null;
        }
        MappedPanel[] halves = {new MappedPanel(map, centre, halfWidth, t0, mid, depth + 1),
            new MappedPanel(map, centre, halfWidth, mid, t1, depth + 1)};
        halves[0].stable = stable;
        halves[1].stable = stable;
        halves[0].clearOfZones = clearOfZones;
        halves[1].clearOfZones = clearOfZones;
        return halves;
    }
}

package io.ionsweep.engine.observables;

import java.util.List;

/**
 * Follows the continuous argument of g along straight segments in the complex energy plane.
 *
 * <p>A segment is accepted when the phase turn predicted by the trapezoid rule on g'/g (known
 * analytically at every sample) is below {@link #MAX_TURN_RAD} and agrees with the observed turn
 * (principal value) to {@link #MAX_MISMATCH_RAD}; otherwise it is halved. The prediction catches
 * the fast, uniform rotation of g deep in the complex plane (where the principal value alone would
 * alias by 2 pi), and a zero near the segment makes g'/g vary, so prediction and observation disagree
 * until the pieces are short compared with the distance to the zero. Agreement alone is not proof: a
 * prediction 2 pi off can match the principal value by chance, so g'/g must also change little along the
 * piece ({@link #MAX_VARIATION}), which bounds the prediction's error.
 */
final class PhaseTracker {
    /** Below pi, so the principal value cannot alias once the prediction agrees with it. */
    static final double MAX_TURN_RAD = 2.5;
    static final double MAX_MISMATCH_RAD = 0.05;
    /**
     * Bound on |g'/g(b) - g'/g(a)| |b - a|, about 12 times the trapezoid rule's error on the piece where g'/g
     * varies smoothly (so the prediction stays within about 1.3 rad of the true turn, far from the 2 pi of an
     * alias) and far larger where a zero lies near the piece. A piece once passed the two tests above with 141
     * here and 8 pi of turn unseen. At 8 or less a phantom third member appeared at a double zero of
     * kcsa-tunnelling configuration 779 (the counting lines about a double zero are fragile, see StrayZeros).
     */
    static final double MAX_VARIATION = 16;
    /**
     * The bound for trackers that must not alias at a double zero (see {@link #strict}): a double zero z0 within
     * the span of a piece [a, b], at a distance from it small compared with its length, turns the phase by 2 pi
     * while the trapezoid predicts 0 and the principal value observes 0; only the variation
     * |2/(b - z0) - 2/(a - z0)| |b - a| = 2/s + 2/(1 - s), s the fraction of the piece before z0, gives it away,
     * and it is at least 8 (a quadruple zero's at least 16).
     */
    static final double STRICT_VARIATION = 4;
    /** Halvings before a segment counts as passing through a zero (then the caller moves it). */
    static final int MAX_DEPTH = 50;

    private final ComplexAmplitudeFunction g;
    private final double maxVariation;

    PhaseTracker(ComplexAmplitudeFunction g) {
        this(g, MAX_VARIATION);
    }

    private PhaseTracker(ComplexAmplitudeFunction g, double maxVariation) {
        this.g = g;
        this.maxVariation = maxVariation;
    }

    /**
     * A tracker that cannot alias by 2 pi at a double (or quadruple) zero beside a piece: more samples, for the
     * small rectangles of {@link StrayZeros}, which are drawn about double zeros.
     */
    static PhaseTracker strict(ComplexAmplitudeFunction g) {
        return new PhaseTracker(g, STRICT_VARIATION);
    }

    /**
     * The change of arg g from a to b along the segment, split first into {@code pieces}; NaN when a
     * zero lies on the segment to within rounding. When {@code nodes} is given, every sample along the
     * way is appended to it in order (a first), and {@code phases} the phase of each relative to a.
     */
    double track(AmplitudeSample a, AmplitudeSample b, int pieces, List<AmplitudeSample> nodes, List<Double> phases) {
        double total = 0;
        AmplitudeSample prev = a;
        if (nodes != null) {
            nodes.add(a);
            phases.add(0.0);
        }
        for (int i = 1; i <= pieces; i++) {
            AmplitudeSample next = i == pieces ? b
                    : g.at(a.eRe() + (b.eRe() - a.eRe()) * i / pieces, a.eIm() + (b.eIm() - a.eIm()) * i / pieces);
            double turn = segment(prev, next, 0, nodes, phases, total);
            if (Double.isNaN(turn)) {
                return Double.NaN;
            }
            total += turn;
            prev = next;
        }
        return total;
    }

    private double segment(AmplitudeSample a, AmplitudeSample b, int depth, List<AmplitudeSample> nodes,
                           List<Double> phases, double base) {
        double observed = a.phaseTo(b);
        double predicted = a.predictedPhaseTo(b);
        if (Math.abs(predicted) < MAX_TURN_RAD && Math.abs(observed - predicted) < MAX_MISMATCH_RAD
                && a.logDerivativeChangeTo(b) < maxVariation) {
            if (nodes != null) {
                nodes.add(b);
                phases.add(base + observed);
            }
            return observed;
        }
        double mr = 0.5 * (a.eRe() + b.eRe());
        double mi = 0.5 * (a.eIm() + b.eIm());
        if (depth >= MAX_DEPTH || (mr == a.eRe() && mi == a.eIm()) || (mr == b.eRe() && mi == b.eIm())) {
            return Double.NaN;
        }
        AmplitudeSample m = g.at(mr, mi);
        double left = segment(a, m, depth + 1, nodes, phases, base);
        if (Double.isNaN(left)) {
            return Double.NaN;
        }
        double right = segment(m, b, depth + 1, nodes, phases, base + left);
        return Double.isNaN(right) ? Double.NaN : left + right;
    }
}

package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Closed-form functions for the zero iterations' tests ({@link SecantSolverTest}, {@link NewtonSolverTest}). */
final class SolverFunctions {
    /** An unbounded box. */
    static final SecantSolver.Box WIDE = new SecantSolver.Box(-1e300, 1e300, -1e300, 1e300);

    private SolverFunctions() {}

    /**
     * (z - a)(z - b) e^z, a and b complex (the exponential keeps the secant from being exact), with its logarithmic
     * derivative 1/(z - a) + 1/(z - b) + 1 computed independently.
     */
    static ComplexFunction twoZeros(double ar, double ai, double br, double bi) {
        return (x, y) -> {
            double ur = x - ar;
            double ui = y - ai;
            double vr = x - br;
            double vi = y - bi;
            double pr = ur * vr - ui * vi;
            double pi = ur * vi + ui * vr;
            double c = Math.cos(y);
            double s = Math.sin(y);
            double uu = ur * ur + ui * ui;
            double vv = vr * vr + vi * vi;
            return new AmplitudeSample(x, y, pr * c - pi * s, pr * s + pi * c, x,
                    ur / uu + vr / vv + 1, -ui / uu - vi / vv);
        };
    }

    /**
     * Values and logarithmic derivatives without structure (a hash of the point), bounded away from 0: no zero
     * draws the iterates in, and none can leave.
     */
    static ComplexFunction noise() {
        return (x, y) -> {
            long h = Double.doubleToLongBits(x) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(y) * 0xC2B2AE3D27D4EB4FL;
            double a = ((h >>> 11) & 0xFFFF) / 65536.0;
            double b = ((h >>> 40) & 0xFFFF) / 65536.0;
            return new AmplitudeSample(x, y, 1 + a, b - 0.5, 0, 100 + 1000 * a, 1000 * b - 500);
        };
    }

    /** The iteration ended at the zero (re, im), to 1e-15. */
    static void assertConvergedTo(SecantSolver.Outcome o, double re, double im) {
        assertNotNull(o.zero());
        assertFalse(o.wandered());
        assertEquals(re, o.zero()[0], 1e-15);
        assertEquals(im, o.zero()[1], 1e-15);
    }

    /** The iteration found nothing, and wandered (used up its steps in the box) or not. */
    static void assertNotFound(SecantSolver.Outcome o, boolean wandered) {
        assertNull(o.zero());
        assertEquals(wandered, o.wandered());
    }
}

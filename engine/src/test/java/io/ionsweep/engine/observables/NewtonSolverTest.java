package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link NewtonSolver} iterations end: at a zero (deflated or not), out of the box, or wandering. */
class NewtonSolverTest {
    private static final SecantSolver.Box WIDE = new SecantSolver.Box(-1e300, 1e300, -1e300, 1e300);

    /** (z - a)(z - b) e^z with its logarithmic derivative 1/(z - a) + 1/(z - b) + 1, computed independently. */
    private static ComplexFunction twoZeros(double ar, double ai, double br, double bi) {
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

    @Test
    void convergesToEachZeroFromBesideIt() {
        ComplexFunction f = twoZeros(0.3, -0.01, 0.31, -0.02);
        double[] a = NewtonSolver.solve(f, 0.2995, -0.011, WIDE, List.of());
        assertNotNull(a);
        assertEquals(0.3, a[0], 1e-15);
        assertEquals(-0.01, a[1], 1e-15);
        double[] b = NewtonSolver.solve(f, 0.3102, -0.0199, WIDE, List.of());
        assertNotNull(b);
        assertEquals(0.31, b[0], 1e-15);
        assertEquals(-0.02, b[1], 1e-15);
    }

    @Test
    void convergesToTheZeroNotDividedOut() {
        ComplexFunction f = twoZeros(0.3, -0.01, 0.31, -0.02);
        // started beside the first zero, with the first divided out: the iteration must go to the second
        SecantSolver.Outcome o = NewtonSolver.iterate(f, 0.3, -0.005, WIDE, List.of(new Pole(0.3, 0.02)));
        assertNotNull(o.zero());
        assertFalse(o.wandered());
        assertEquals(0.31, o.zero()[0], 1e-15);
        assertEquals(-0.02, o.zero()[1], 1e-15);
    }

    @Test
    void anIterationThatNeverSettlesInsideTheBoxWandered() {
        // a logarithmic derivative without structure (a hash of the point): no zero draws the iterates in
        ComplexFunction noise = (x, y) -> {
            long h = Double.doubleToLongBits(x) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(y) * 0xC2B2AE3D27D4EB4FL;
            double re = 100 + ((h >>> 11) & 0xFFFF) / 65.536;
            double im = ((h >>> 40) & 0xFFFF) / 65.536 - 500;
            return new AmplitudeSample(x, y, 1, 0, 0, re, im);
        };
        SecantSolver.Outcome o = NewtonSolver.iterate(noise, 0.3, -0.01, WIDE, List.of());
        assertNull(o.zero());
        assertTrue(o.wandered());
        // the same iteration in a small box leaves it: not found, but not wandering
        SecantSolver.Outcome out = NewtonSolver.iterate(noise, 0.3, -0.01,
                new SecantSolver.Box(0.299, 0.301, -0.011, -0.009), List.of());
        assertNull(out.zero());
        assertFalse(out.wandered());
    }
}

package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link SecantSolver} iterations end: at a zero (deflated or not), out of the box, or wandering. */
class SecantSolverTest {
    private static final SecantSolver.Box WIDE = new SecantSolver.Box(-1e300, 1e300, -1e300, 1e300);

    /** (z - a)(z - b) e^z, a and b complex, as a sample (the exponential keeps the secant from being exact). */
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
            return new AmplitudeSample(x, y, pr * c - pi * s, pr * s + pi * c, x, Double.NaN, Double.NaN);
        };
    }

    @Test
    void convergesToTheZeroNotDividedOut() {
        ComplexFunction f = twoZeros(0.3, -0.01, 0.31, -0.02);
        // started at the first zero's side, with the first divided out: the iteration must go to the second (and it
        // lands on it to the last bit, where f is exactly 0)
        SecantSolver.Outcome o = SecantSolver.iterate(f, 0.3, -0.005, 0.301, -0.006, WIDE,
                List.of(new Pole(0.3, 0.02)));
        assertNotNull(o.zero());
        assertFalse(o.wandered());
        assertEquals(0.31, o.zero()[0], 1e-15);
        assertEquals(-0.02, o.zero()[1], 1e-15);
    }

    @Test
    void anIterationThatNeverSettlesInsideTheBoxWandered() {
        // values without structure (a hash of the point): no zero draws the iterates in, and none can leave
        ComplexFunction noise = (x, y) -> {
            long h = Double.doubleToLongBits(x) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(y) * 0xC2B2AE3D27D4EB4FL;
            double re = 1 + ((h >>> 11) & 0xFFFF) / 65536.0;
            double im = ((h >>> 40) & 0xFFFF) / 65536.0 - 0.5;
            return new AmplitudeSample(x, y, re, im, 0, Double.NaN, Double.NaN);
        };
        SecantSolver.Outcome o = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02, WIDE, List.of());
        assertNull(o.zero());
        assertTrue(o.wandered());
        // the same iteration in a small box leaves it: not found, but not wandering
        SecantSolver.Outcome out = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02,
                new SecantSolver.Box(0.29, 0.32, -0.03, 0.0), List.of());
        assertNull(out.zero());
        assertFalse(out.wandered());
    }
}

package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link NewtonSolver} iterations end: at a zero (deflated or not), out of the box, or wandering. */
class NewtonSolverTest {
    @Test
    void convergesToEachZeroFromBesideIt() {
        ComplexFunction f = SolverFunctions.twoZeros(0.3, -0.01, 0.31, -0.02);
        double[] a = NewtonSolver.solve(f, 0.2995, -0.011, SolverFunctions.WIDE, List.of());
        assertNotNull(a);
        assertEquals(0.3, a[0], 1e-15);
        assertEquals(-0.01, a[1], 1e-15);
        double[] b = NewtonSolver.solve(f, 0.3102, -0.0199, SolverFunctions.WIDE, List.of());
        assertNotNull(b);
        assertEquals(0.31, b[0], 1e-15);
        assertEquals(-0.02, b[1], 1e-15);
    }

    @Test
    void convergesToTheZeroNotDividedOut() {
        ComplexFunction f = SolverFunctions.twoZeros(0.3, -0.01, 0.31, -0.02);
        // started beside the first zero, with the first divided out: the iteration must go to the second
        SecantSolver.Outcome o = NewtonSolver.iterate(f, 0.3, -0.005, SolverFunctions.WIDE, List.of(new Pole(0.3, 0.02)));
        SolverFunctions.assertConvergedTo(o, 0.31, -0.02);
    }

    @Test
    void anIterationThatNeverSettlesInsideTheBoxWandered() {
        ComplexFunction noise = SolverFunctions.noise();
        SecantSolver.Outcome o = NewtonSolver.iterate(noise, 0.3, -0.01, SolverFunctions.WIDE, List.of());
        SolverFunctions.assertNotFound(o, true);
        // the same iteration in a small box leaves it: not found, but not wandering
        SecantSolver.Outcome out = NewtonSolver.iterate(noise, 0.3, -0.01,
                new SecantSolver.Box(0.299, 0.301, -0.011, -0.009), List.of());
        SolverFunctions.assertNotFound(out, false);
    }
}

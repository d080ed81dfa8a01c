package io.ionsweep.engine.observables;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link SecantSolver} iterations end: at a zero (deflated or not), out of the box, or wandering. */
class SecantSolverTest {
    @Test
    void convergesToTheZeroNotDividedOut() {
        ComplexFunction f = SolverFunctions.twoZeros(0.3, -0.01, 0.31, -0.02);
        // started at the first zero's side, with the first divided out: the iteration must go to the second (and it
        // lands on it to the last bit, where f is exactly 0)
        SecantSolver.Outcome o = SecantSolver.iterate(f, 0.3, -0.005, 0.301, -0.006, SolverFunctions.WIDE,
                List.of(new Pole(0.3, 0.02)));
        SolverFunctions.assertConvergedTo(o, 0.31, -0.02);
    }

    @Test
    void anIterationThatNeverSettlesInsideTheBoxWandered() {
        ComplexFunction noise = SolverFunctions.noise();
        SecantSolver.Outcome o = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02, SolverFunctions.WIDE, List.of());
        SolverFunctions.assertNotFound(o, true);
        // the same iteration in a small box leaves it: not found, but not wandering
        SecantSolver.Outcome out = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02,
                new SecantSolver.Box(0.29, 0.32, -0.03, 0.0), List.of());
        SolverFunctions.assertNotFound(out, false);
    }
}

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
    @Test
    void convergesToTheZeroNotDividedOut() {
        ComplexFunction f = SolverFunctions.twoZeros(0.3, -0.01, 0.31, -0.02);
        // started at the first zero's side, with the first divided out: the iteration must go to the second (and it
        // lands on it to the last bit, where f is exactly 0)
        SecantSolver.Outcome o = SecantSolver.iterate(f, 0.3, -0.005, 0.301, -0.006, SolverFunctions.WIDE,
                List.of(new Pole(0.3, 0.02)));
        assertNotNull(o.zero());
        assertFalse(o.wandered());
        assertEquals(0.31, o.zero()[0], 1e-15);
        assertEquals(-0.02, o.zero()[1], 1e-15);
    }

    @Test
    void anIterationThatNeverSettlesInsideTheBoxWandered() {
        ComplexFunction noise = SolverFunctions.noise();
        SecantSolver.Outcome o = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02, SolverFunctions.WIDE, List.of());
        assertNull(o.zero());
        assertTrue(o.wandered());
        // the same iteration in a small box leaves it: not found, but not wandering
        SecantSolver.Outcome out = SecantSolver.iterate(noise, 0.3, -0.01, 0.31, -0.02,
                new SecantSolver.Box(0.29, 0.32, -0.03, 0.0), List.of());
        assertNull(out.zero());
        assertFalse(out.wandered());
    }
}

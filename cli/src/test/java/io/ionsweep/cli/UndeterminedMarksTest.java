package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ionsweep.engine.run.ThermalObservable;
import org.junit.jupiter.api.Test;

/** Which plotted values the undetermined part of <T> could visibly move, from the bound's definition. */
class UndeterminedMarksTest {
    @Test
    void theBoundAppliesToTheColumnsThatComeFromTheMeanOrTheCurrent() {
        for (String c : new String[] {"mean_transmission", "log10_mean_transmission", "tunnelling_enhancement",
            "conductance_quantum_pS"}) {
            assertEquals(ThermalObservable.MEAN_UNDETERMINED, ThermalObservable.undeterminedBoundOf(c), c);
        }
        assertEquals(ThermalObservable.CURRENT_UNDETERMINED, ThermalObservable.undeterminedBoundOf("current_quantum_pA"));
        for (String c : new String[] {"arrhenius_factor", "conductance_classical_pS", "current_classical_pA",
            "first_resonance_eV", "barrier_width_A"}) {
            assertNull(ThermalObservable.undeterminedBoundOf(c), c);
        }
    }

    @Test
    void aValueMovesAsTheMeanWouldWithTheBoundAddedInItsOwnScale() {
        // <T> 1e-10 with bound 9: the true <T> may be up to 1e-9, one decade up
        assertEquals(1e-9, UndeterminedMarks.shifted("mean_transmission", 1e-10, 9, false), 1e-24);
        assertEquals(-9, UndeterminedMarks.shifted("mean_transmission", 1e-10, 9, true), 1e-12);
        assertEquals(-9, UndeterminedMarks.shifted("log10_mean_transmission", -10, 9, false), 1e-12);
        assertEquals(-3, UndeterminedMarks.shifted("current_quantum_pA", -0.3, 9, false), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, UndeterminedMarks.shifted("mean_transmission", 1e-10, Double.MAX_VALUE, true));
        assertEquals(Double.NaN, UndeterminedMarks.shifted("mean_transmission", Double.NaN, 9, true));
    }

    @Test
    void marksAreTheValuesThatCouldMoveByMoreThanAPercentOfTheRange() {
        // log10 <T> from -10 to -2 (a range of 8 decades: 1 % is 0.08 decades, a bound of 0.2 moves 0.079)
        double[] values = {1e-10, 1e-8, 1e-6, 1e-4, 1e-2};
        double[] plotted = {-10, -8, -6, -4, -2};
        double[] bounds = {1e20, 0.2, 0.21, 1e-7, Double.MAX_VALUE};
        boolean[] marks = UndeterminedMarks.of("conductance_quantum_pS", values, plotted, bounds, true, -10, -2);
        assertArrayEquals(new boolean[] {true, false, true, false, true}, marks);
        assertEquals(3, UndeterminedMarks.count(marks));
        // on a linear scale from 0 to 0.01 (1 % is 1e-4) a small value moves visibly only with a huge bound
        boolean[] linear = UndeterminedMarks.of("mean_transmission", values, values, bounds, false, 0, 1e-2);
        assertArrayEquals(new boolean[] {true, false, false, false, true}, linear);
        // a range so narrow that any move shows: still nothing below the stated accuracy
        assertArrayEquals(new boolean[] {true, true, true, false, true},
                UndeterminedMarks.of("mean_transmission", values, values, bounds, false, 0, 1e-300));
        assertArrayEquals(new boolean[5], UndeterminedMarks.of("mean_transmission", values, values, null, false, 0, 1));
    }
}

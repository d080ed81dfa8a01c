package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contour's factor exp(-rate E) (PoleFinder.steadyTurn): its values against the closed form, and a pole search
 * that leans on it, on a heavy ion's wide barrier, against the barrier's closed-form poles.
 */
class SteadyTurnTest {
    private static final double BARRIER_EV = 0.1;
    private static final double WIDTH_A = 10;
    /** A heavy ion (about five K+ masses): hundreds of poles a tenth of an eV above the barrier. */
    private static final double MASS_U = 200;

    private static Staircase barrier() {
        return Staircase.of(0, 0, new double[] {BARRIER_EV}, new double[] {WIDTH_A});
    }

    @Test
    void theFactorIsExpOfMinusRateTimesE() {
        Staircase s = Staircase.of(0, 0.02, new double[] {0.15, -0.05, 0.12}, new double[] {1.5, 4, 2});
        List<Pole> known = List.of(new Pole(0.21, 0.004), new Pole(0.33, 0.02));
        ComplexAmplitudeFunction h = new ComplexAmplitudeFunction(s, 40, known);
        double rate = -12345.678;
        ComplexAmplitudeFunction turned = h.turnedBack(rate);
        double[][] points = {{0.05, -0.3}, {0.2, -0.001}, {0.4, 0.03}, {0.31, -0.12}};
        for (double[] e : points) {
            AmplitudeSample a = h.at(e[0], e[1]);
            AmplitudeSample b = turned.at(e[0], e[1]);
            // ln |b / a| = -rate x, arg(b / a) = -rate y (mod 2 pi), (b'/b) - (a'/a) = -rate
            assertEquals(-rate * e[0], b.logModulus() - a.logModulus(), 1e-9 * Math.abs(rate * e[0]));
            double turn = a.phaseTo(b) + rate * e[1];
            assertEquals(0, Math.IEEEremainder(turn, 2 * Math.PI), 1e-9);
            assertEquals(a.logDerivativeRe() - rate, b.logDerivativeRe(), 1e-12 * Math.abs(rate));
            assertEquals(a.logDerivativeIm(), b.logDerivativeIm(), 0);
        }
    }

    /**
     * Without seeds the counting lines alone find every pole, so each line's count rests on the factor; the poles of
     * the rectangular barrier (1/t ~ cos(Kd) - i (k^2 + K^2)/(2kK) sin(Kd)) are known in closed form.
     */
    @Test
    void unseededSearchOfAHeavyIonFindsTheBarriersClosedFormPoles() {
        Staircase s = barrier();
        double eLo = BARRIER_EV + 0.002;
        double eHi = BARRIER_EV + 0.1;
        double depth = eHi - eLo;
        double rate = PoleFinder.steadyTurn(new ComplexAmplitudeFunction(s, MASS_U), eLo, eHi, depth);
        // the case is one where the factor matters: without it a line turns by hundreds of radians
        assertTrue(Math.abs(rate) * depth > 100, "rate " + rate);

        List<C> closed = closedFormPoles(eLo, eHi, depth);
        List<Pole> found = PoleFinder.find(s, MASS_U, eLo, eHi, 1.0, false);
        assertEquals(closed.size(), found.size(), "closed form " + closed.size() + " poles, search " + found.size());
        assertTrue(closed.size() > 200, "poles " + closed.size());
        for (int i = 0; i < found.size(); i++) {
            C z = closed.get(i);
            assertEquals(z.re(), found.get(i).energyEv(), 1e-12 * z.re(), "pole " + i);
            assertEquals(-2 * z.im(), found.get(i).widthEv(), 1e-8 * -z.im(), "pole " + i);
        }
    }

    /** The barrier's poles with E_r in [eLo, eHi] and Im E above -depth, by E_r, each clear of the window's edges. */
    private static List<C> closedFormPoles(double eLo, double eHi, double depth) {
        List<C> poles = new ArrayList<>();
        for (C e : RectangularBarrier.poles(BARRIER_EV, WIDTH_A, MASS_U, eHi)) {
            boolean clear = Math.abs(e.re() - eLo) > 1e-9 && Math.abs(e.re() - eHi) > 1e-9 && Math.abs(e.im() + depth) > 1e-6;
            assertTrue(clear, "a pole on the window's edge: " + e);
            if (e.re() >= eLo && e.im() >= -depth) {
                poles.add(e);
            }
        }
        return poles;
    }
}

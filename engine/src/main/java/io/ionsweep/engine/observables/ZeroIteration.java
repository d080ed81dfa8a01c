package io.ionsweep.engine.observables;

import io.ionsweep.engine.profile.Staircase;
import java.util.List;

/**
 * One iteration towards a zero of the resonance function from a pair of starting points, on whichever
 * function is accurate and cheaper there. Below the profile's top, secant steps on the backward-stable
 * determinant ({@link SecantSolver}): there a chain of opaque barriers makes the propagated amplitude lose
 * what splits the multiplets. From the top up no slice is opaque and the amplitude is as accurate as the
 * determinant, so Newton steps on it ({@link NewtonSolver}) from the first starting point: an amplitude with
 * its logarithmic derivative costs about half a determinant (0.25-0.4 against 0.55 microseconds on a
 * four-site filter) and converges quadratically. On bench's throughput workload the seed polishing took 2,392
 * determinant evaluations per configuration (9.8 per broad pole above the top); now 372, plus 1,465
 * amplitudes (6.2 per Newton iteration): 2.05 to 1.2 ms. Used by the seeds' polishing only: the
 * completion's searches stay on the secant (see PoleFinder#locate). Not thread-safe.
 */
final class ZeroIteration {
    private final ComplexFunction det;
    private final ComplexFunction amplitude;
    private final double topEv;

    ZeroIteration(Staircase profile, double massU) {
        this.det = PoleFinder.determinant(profile, massU);
        this.amplitude = new ComplexAmplitudeFunction(profile, massU)::at;
        this.topEv = profile.maxPotentialEv();
    }

    /** The determinant, for searches that need its backward stability everywhere. */
    ComplexFunction determinant() {
        return det;
    }

    /** The zero as {re, im}, or null (see {@link SecantSolver#solve}); at and above the top only (x0, y0) is used. */
    double[] solve(double x0, double y0, double x1, double y1, SecantSolver.Box box, List<Pole> deflate) {
        return x0 >= topEv ? NewtonSolver.solve(amplitude, x0, y0, box, deflate)
                : SecantSolver.solve(det, x0, y0, x1, y1, box, deflate);
    }
}

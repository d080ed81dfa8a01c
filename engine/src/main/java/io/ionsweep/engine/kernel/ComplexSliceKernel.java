package io.ionsweep.engine.kernel;

/**
 * The propagation coefficients of {@link ComplexIncidentAmplitude} at one complex energy, for many
 * (potential, width) pairs at once. Under bias every slice of a staircase is its own pair (144 in a
 * four-site filter), and these square roots, sines and exponentials were three quarters of an amplitude
 * evaluation, the step the biased profile's pole search repeats most.
 *
 * <p>Per pair (potential V, width d), with lambda = f (V - E) and q = sqrt(lambda) (principal branch):
 * {@link #QD} = Re(q) d; c~ = cosh(qd) and s~ = sinh(qd)/q, both times e^{-Re(qd)} ({@link #C0R},
 * {@link #C0I}, {@link #S0R}, {@link #S0I}); g = -lambda s~ ({@link #GR}, {@link #GI}); the derivatives
 * dc~/dlambda ({@link #DCR}, {@link #DCI}) and ds~/dlambda ({@link #DSR}, {@link #DSI}) and
 * s~ + lambda ds~/dlambda ({@link #UR}, {@link #UI}), scaled like c~ and s~.
 *
 * <p>Implementations agree bit for bit: both use {@link KernelMath}'s functions and the same operations
 * in the same order, so results do not depend on which one runs.
 */
public interface ComplexSliceKernel {
    int QD = 0;
    int C0R = 1;
    int C0I = 2;
    int S0R = 3;
    int S0I = 4;
    int GR = 5;
    int GI = 6;
    int DCR = 7;
    int DCI = 8;
    int DSR = 9;
    int DSI = 10;
    int UR = 11;
    int UI = 12;
    /** Coefficients per pair. */
    int FIELDS = 13;

    /** Short name for logs, e.g. {@code scalar} or {@code vector(8 lanes)}. */
    String name();

    /**
     * Fills {@code out[field * count + p]} for every field and pair p < count.
     *
     * @param potentialEv the pairs' potentials, at least {@code count} long
     * @param widthA      the pairs' widths (> 0), at least {@code count} long
     * @param factor      2m/hbar^2 in 1/(eV A^2), see {@link io.ionsweep.engine.physics.PhysicalConstants#waveNumberFactor}
     * @param eRe         Re E in eV
     * @param eIm         Im E in eV
     * @param out         at least {@code FIELDS * count} long
     */
    void coefficients(double[] potentialEv, double[] widthA, int count, double factor, double eRe, double eIm,
                      double[] out);
}

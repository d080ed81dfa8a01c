package io.ionsweep.engine.kernel;

/**
 * The slice terms of the Dirichlet eigenvalue count ({@code BoxSpectrum}'s Wittrick-Williams count) at
 * one real energy, for many (potential, width) pairs at once: under bias every slice is its own pair,
 * and these sines and exponentials were nearly all of a count, which the pole search's seeding repeats
 * thousands of times per profile.
 *
 * <p>Per pair (potential V, width d), with lambda = f (V - E): in an allowed slice (lambda < 0, k =
 * sqrt(-lambda)) the eigenvalues of the slice alone below E, floor(kd / pi), and the dynamic stiffness
 * k cot(kd) (diagonal) and k / sin(kd) (coupling); in a forbidden one (lambda > 0, q = sqrt(lambda)) none,
 * q coth(qd) and q / sinh(qd), both from e^{-qd} so that the coupling keeps its relative accuracy however
 * opaque the slice; at lambda = 0, 1/d and 1/d.
 *
 * <p>Implementations agree bit for bit: both use {@link KernelMath}'s functions and the same operations
 * in the same order. They also take the whole count at many energies at once ({@link #counts}), which the
 * vector kernel runs one energy per lane where a profile has at least as many pairs as lanes (a biased one):
 * there the pivots' serial divisions, most of a count across a biased filter's 144 slices, run eight at a time.
 */
public interface StiffnessKernel {
    /** Row of the slice's own eigenvalue count (an integer, as a double). */
    int CLAMPED = 0;
    /** Row of the diagonal term. */
    int DIAGONAL = 1;
    /** Row of the coupling term. */
    int COUPLING = 2;
    /** Rows of the output. */
    int ROWS = 3;
    /** A zero pivot of the count is taken as this small negative number (1/A), as bisection on tridiagonals does. */
    double PIVOT_MIN = 0x1p-900;

    /** Short name for logs, e.g. {@code scalar} or {@code vector(8 lanes)}. */
    String name();

    /**
     * Fills {@code out[row * count + p]} for every row and pair p < count.
     *
     * @param potentialEv the pairs' potentials, at least {@code count} long
     * @param widthA      the pairs' widths (> 0), at least {@code count} long
     * @param factor      2m/hbar^2 in 1/(eV A^2)
     * @param energyEv    the (real) energy
     * @param out         at least {@code ROWS * count} long
     */
    void stiffness(double[] potentialEv, double[] widthA, int count, double factor, double energyEv, double[] out);

    /** The length of the {@code scratch} that {@link #counts} needs for {@code pairCount} pairs. */
    int countScratch(int pairCount);

    /**
     * The Dirichlet count at each of {@code n} energies: {@code out[i]} the number of eigenvalues below
     * {@code energyEv[i]} of the region whose slice j is the pair {@code pairOf[j]}. That is the slices' own
     * clamped counts plus the negative pivots of the tridiagonal dynamic stiffness over the interior slice
     * boundaries (its LDL^T factorisation, a Sturm sequence), zero pivots taken as -{@link #PIVOT_MIN}.
     *
     * @param pairOf     the pair of each slice, {@code sliceCount} long
     * @param scratch    at least {@link #countScratch}({@code pairCount}) long, overwritten
     */
    void counts(double[] potentialEv, double[] widthA, int pairCount, int[] pairOf, int sliceCount, double factor,
                double[] energyEv, int n, int[] out, double[] scratch);
}

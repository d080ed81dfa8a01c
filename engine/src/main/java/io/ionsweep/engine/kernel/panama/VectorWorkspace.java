package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

/**
 * Scratch memory of one kernel call, shared by its passes: per-slice coefficients of a block of
 * slices, and the propagated state of the two vectors of energies that run together. Everything is
 * stored in plain arrays so that no vector value has to cross a method boundary (which would box
 * it on the heap when C2 does not inline the callee). A few KiB; allocated per call, never shared.
 *
 * <p>The index methods are for use outside the hot loops: C2 compiles those loops near its
 * node-count inlining cutoff and then leaves even these one-liners as calls, and a call spills
 * every live vector register. The loops step through the arrays with local ints instead.
 *
 * <p>Layouts, in vectors of {@code lanes} doubles:
 * <ul>
 *   <li>{@code coeff}: for member m of the pair and slice j of the block,
 *       {@link #coeffAt(int, int, int)} = (m * blockSlices + j) * COEFFS vectors: c, s, g, lambda, r, rd;
 *       its lane class in {@code kind[m * blockSlices + j]}.</li>
 *   <li>{@code state}: for member m, {@link #stateAt(int, int)} = m * STATE_VECTORS + field:
 *       psi (re, im), psi' (re, im), ln scale, X then ln X, softplus tail.</li>
 *   <li>{@code exponents}: for member m, one vector of summed biased binary exponents at m * lanes.</li>
 * </ul>
 */
final class VectorWorkspace {
    /** Slices whose coefficients are computed before they are propagated: keeps the scratch in L1. */
    static final int BLOCK = 32;
    /** Vectors of energies that are propagated together, so that their dependency chains overlap. */
    static final int MEMBERS = 2;
    /** Per slice: the coefficients c, s, g, and the intermediates lambda, r = sqrt|lambda|, r d. */
    static final int COEFFS = 6;
    static final int C = 0;
    static final int S = 1;
    static final int G = 2;
    static final int LAMBDA = 3;
    static final int R = 4;
    static final int RD = 5;
    /** Lane classes of a slice: which branches its coefficients need. */
    static final int ALL_ALLOWED = 0;
    static final int ALL_FORBIDDEN = 1;
    static final int MIXED = 2;
    static final int PSI_RE = 0;
    static final int PSI_IM = 1;
    static final int DPSI_RE = 2;
    static final int DPSI_IM = 3;
    static final int LOG_SCALE = 4;
    /** X = (kL/kR)|b|^2 at the left lead before the scales are restored (T = 1/(1 + X)), then ln X with them. */
    static final int SCALED_REFLECTION = 5;
    /** e^-|ln X| + 1, the argument of log1p in ln(1 + X). */
    static final int SOFTPLUS_TAIL = 6;
    static final int STATE_VECTORS = 7;

    final int lanes = DOUBLES.length();
    /** Slices per block actually used: min(slices, BLOCK). */
    final int blockSlices;
    final double[] coeff;
    /** Lane class of each block slice of each member. */
    final int[] kind;
    final double[] state;
    final long[] exponents;

    VectorWorkspace(int slices) {
        blockSlices = Math.min(slices, BLOCK);
        coeff = new double[MEMBERS * blockSlices * COEFFS * lanes];
        kind = new int[MEMBERS * blockSlices];
        state = new double[MEMBERS * STATE_VECTORS * lanes];
        exponents = new long[MEMBERS * lanes];
    }

    /** Index of coefficient {@code which} (C, S or G) of block slice {@code j} of member {@code m}. */
    int coeffAt(int m, int j, int which) {
        return ((m * blockSlices + j) * COEFFS + which) * lanes;
    }

    /** Index of state field {@code field} of member {@code m}. */
    int stateAt(int m, int field) {
        return (m * STATE_VECTORS + field) * lanes;
    }

    /** Index of member {@code m}'s exponent sums. */
    int exponentsAt(int m) {
        return m * lanes;
    }
}

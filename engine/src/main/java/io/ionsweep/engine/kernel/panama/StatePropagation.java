package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;
import static io.ionsweep.engine.kernel.panama.VectorConstants.LONGS;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Second pass of the vector kernel: carries (psi, psi') of both workspace members from right to left
 * across a block of slices whose coefficients are computed, exactly as {@code ScalarTransmissionKernel}:
 * <pre>
 *   psi_a  = c psi_b - s psi'_b
 *   psi'_a = g psi_b + c psi'_b
 * </pre>
 * then an exact power-of-two renormalisation. The two members are independent, so interleaving them
 * lets their dependency chains (multiply, subtract, exponent, scale: ~20 cycles a slice) overlap.
 * No calls here, so the state stays in registers.
 */
final class StatePropagation {
    private StatePropagation() {}

    private static final long EXPONENT_BIAS = 1023;
    private static final int MANTISSA_BITS = 52;
    /** Clears the sign bit: the magnitude's bit pattern, ordered as the magnitudes are. */
    private static final long MAGNITUDE_BITS = Long.MAX_VALUE;

    /**
     * Propagates both members across block slices {@code count-1} down to 0 (slice lo + j of the profile), each
     * with the coefficients of its twin (see {@link SliceCoefficients#twins}).
     */
    static void propagatePair(int[] twin, int lo, int count, VectorWorkspace ws) {
        double[] st = ws.state;
        double[] co = ws.coeff;
        int lanes = ws.lanes;
        int s0At = ws.stateAt(0, 0);
        int s1At = ws.stateAt(1, 0);
        int e0At = ws.exponentsAt(0);
        int e1At = ws.exponentsAt(1);
        int member1 = ws.coeffAt(1, 0, 0);
        DoubleVector pr0 = DoubleVector.fromArray(DOUBLES, st, s0At + VectorWorkspace.PSI_RE * lanes);
        DoubleVector pi0 = DoubleVector.fromArray(DOUBLES, st, s0At + VectorWorkspace.PSI_IM * lanes);
        DoubleVector dr0 = DoubleVector.fromArray(DOUBLES, st, s0At + VectorWorkspace.DPSI_RE * lanes);
        DoubleVector di0 = DoubleVector.fromArray(DOUBLES, st, s0At + VectorWorkspace.DPSI_IM * lanes);
        LongVector ex0 = LongVector.fromArray(LONGS, ws.exponents, e0At);
        DoubleVector pr1 = DoubleVector.fromArray(DOUBLES, st, s1At + VectorWorkspace.PSI_RE * lanes);
        DoubleVector pi1 = DoubleVector.fromArray(DOUBLES, st, s1At + VectorWorkspace.PSI_IM * lanes);
        DoubleVector dr1 = DoubleVector.fromArray(DOUBLES, st, s1At + VectorWorkspace.DPSI_RE * lanes);
        DoubleVector di1 = DoubleVector.fromArray(DOUBLES, st, s1At + VectorWorkspace.DPSI_IM * lanes);
        LongVector ex1 = LongVector.fromArray(LONGS, ws.exponents, e1At);
        LongVector twiceBias = LongVector.broadcast(LONGS, 2 * EXPONENT_BIAS);
        int slot = VectorWorkspace.COEFFS * lanes;
        for (int j = count - 1; j >= 0; j--) {
            int at = (twin[lo + j] - lo) * slot;
            DoubleVector c0 = DoubleVector.fromArray(DOUBLES, co, at + VectorWorkspace.C * lanes);
            DoubleVector s0 = DoubleVector.fromArray(DOUBLES, co, at + VectorWorkspace.S * lanes);
            DoubleVector g0 = DoubleVector.fromArray(DOUBLES, co, at + VectorWorkspace.G * lanes);
            DoubleVector c1 = DoubleVector.fromArray(DOUBLES, co, member1 + at + VectorWorkspace.C * lanes);
            DoubleVector s1 = DoubleVector.fromArray(DOUBLES, co, member1 + at + VectorWorkspace.S * lanes);
            DoubleVector g1 = DoubleVector.fromArray(DOUBLES, co, member1 + at + VectorWorkspace.G * lanes);
            DoubleVector npr0 = c0.mul(pr0).sub(s0.mul(dr0));
            DoubleVector npi0 = c0.mul(pi0).sub(s0.mul(di0));
            DoubleVector ndr0 = g0.mul(pr0).add(c0.mul(dr0));
            DoubleVector ndi0 = g0.mul(pi0).add(c0.mul(di0));
            DoubleVector npr1 = c1.mul(pr1).sub(s1.mul(dr1));
            DoubleVector npi1 = c1.mul(pi1).sub(s1.mul(di1));
            DoubleVector ndr1 = g1.mul(pr1).add(c1.mul(dr1));
            DoubleVector ndi1 = g1.mul(pi1).add(c1.mul(di1));
            // Exact power-of-two renormalisation: max(exponent field of the largest magnitude, 1), i.e.
            // Math.getExponent clamped to MIN_EXPONENT, plus the bias. Magnitudes are compared as
            // integers (the same order for non-negative doubles): one instruction, where a double max
            // with Java's NaN and -0.0 rules takes six. Written out, not in helpers: C2 may decline to
            // inline them, and a vector passed to a call that is not inlined is boxed on the heap.
            LongVector biased0 = ((LongVector) npr0.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                    .max(((LongVector) npi0.viewAsIntegralLanes()).and(MAGNITUDE_BITS))
                    .max(((LongVector) ndr0.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                            .max(((LongVector) ndi0.viewAsIntegralLanes()).and(MAGNITUDE_BITS)))
                    .lanewise(VectorOperators.LSHR, MANTISSA_BITS).max(1L);
            LongVector biased1 = ((LongVector) npr1.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                    .max(((LongVector) npi1.viewAsIntegralLanes()).and(MAGNITUDE_BITS))
                    .max(((LongVector) ndr1.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                            .max(((LongVector) ndi1.viewAsIntegralLanes()).and(MAGNITUDE_BITS)))
                    .lanewise(VectorOperators.LSHR, MANTISSA_BITS).max(1L);
            // 2^-(biased - bias), built from its bits.
            DoubleVector scale0 = (DoubleVector) twiceBias.sub(biased0)
                    .lanewise(VectorOperators.LSHL, MANTISSA_BITS).viewAsFloatingLanes();
            DoubleVector scale1 = (DoubleVector) twiceBias.sub(biased1)
                    .lanewise(VectorOperators.LSHL, MANTISSA_BITS).viewAsFloatingLanes();
            pr0 = npr0.mul(scale0);
            pi0 = npi0.mul(scale0);
            dr0 = ndr0.mul(scale0);
            di0 = ndi0.mul(scale0);
            ex0 = ex0.add(biased0);
            pr1 = npr1.mul(scale1);
            pi1 = npi1.mul(scale1);
            dr1 = ndr1.mul(scale1);
            di1 = ndi1.mul(scale1);
            ex1 = ex1.add(biased1);
        }
        pr0.intoArray(st, s0At + VectorWorkspace.PSI_RE * lanes);
        pi0.intoArray(st, s0At + VectorWorkspace.PSI_IM * lanes);
        dr0.intoArray(st, s0At + VectorWorkspace.DPSI_RE * lanes);
        di0.intoArray(st, s0At + VectorWorkspace.DPSI_IM * lanes);
        ex0.intoArray(ws.exponents, e0At);
        pr1.intoArray(st, s1At + VectorWorkspace.PSI_RE * lanes);
        pi1.intoArray(st, s1At + VectorWorkspace.PSI_IM * lanes);
        dr1.intoArray(st, s1At + VectorWorkspace.DPSI_RE * lanes);
        di1.intoArray(st, s1At + VectorWorkspace.DPSI_IM * lanes);
        ex1.intoArray(ws.exponents, e1At);
    }
}

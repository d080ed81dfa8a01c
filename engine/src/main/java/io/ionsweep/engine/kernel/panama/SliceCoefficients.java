package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.ALL_ALLOWED;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.ALL_FORBIDDEN;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.C;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.COEFFS;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.G;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.LAMBDA;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.MIXED;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.R;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.RD;
import static io.ionsweep.engine.kernel.panama.VectorWorkspace.S;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * First pass of the vector kernel: the transfer coefficients of a block of slices for one vector of
 * energies, exactly as {@code ScalarTransmissionKernel} computes them, with the same
 * {@code KernelMath} functions lane by lane ({@link VectorKernelMath}), so bit for bit the same.
 * With lambda = (2m/hbar^2)(V - E): c = cos(kd), s = sin(kd)/k where the slice is allowed
 * (k^2 = -lambda); c = (1 + e)/2, s = (1 - e)/(2q), e = exp(-2qd) where it is forbidden
 * (q^2 = lambda, and qd goes to the log scale); and g = -lambda s.
 *
 * <p>A slice that repeats an earlier slice of its block (the same potential and width: a multisite filter's 9
 * slices are 2 or 3 such pairs) is not computed: {@link StatePropagation} reads its twin's coefficients (the
 * same values, so the same bits), and the log scale adds its twin's term in the slice's own place of the
 * right-to-left sum. Copying the coefficients instead gained nothing: the copies' stores stalled the vector
 * loads that followed.
 *
 * <p>Why separate loops, each its own method, talking through the workspace arrays: a vector handed
 * to a method C2 does not inline is boxed on the heap, and C2 stops inlining once a method's
 * graph is large (NodeCountInliningCutoff). One loop holding sin/cos, expm1 and the blends of mixed
 * slices passes that limit and boxes every slice; three small loops, each inlining one
 * VectorKernelMath function, do not. A slice whose lanes are all allowed (or all forbidden) skips
 * the other branch; a mixed slice runs both and blends.
 */
final class SliceCoefficients {
    private SliceCoefficients() {}

    /**
     * Coefficients of slices {@code lo..hi-1} (at most {@link VectorWorkspace#BLOCK}) for the energies
     * at {@code energyEv[offset..]}, into member {@code m} of the workspace; adds the forbidden slices'
     * qd to that member's log scale.
     */
    static void compute(double[] potentialEv, double[] widthA, int[] twin, int lo, int hi, double factor,
                        double[] energyEv, int offset, VectorWorkspace ws, int m) {
        classify(potentialEv, widthA, twin, lo, hi, factor, energyEv, offset, ws, m);
        allowed(widthA, twin, lo, hi, ws, m);
        forbidden(twin, lo, hi - lo, ws, m);
    }

    /**
     * For every slice the first slice of its block (blocks of {@link VectorWorkspace#BLOCK} counted down from the
     * last slice, as the kernel walks them) with the same potential and width: itself when there is none before it.
     */
    static int[] twins(double[] potentialEv, double[] widthA) {
        int n = potentialEv.length;
        int[] twin = new int[n];
        for (int hi = n; hi > 0; hi -= VectorWorkspace.BLOCK) {
            int lo = Math.max(0, hi - VectorWorkspace.BLOCK);
            for (int j = lo; j < hi; j++) {
                int k = lo;
                while (potentialEv[k] != potentialEv[j] || widthA[k] != widthA[j]) {
                    k++;
                }
                twin[j] = k;
            }
        }
        return twin;
    }

    /** lambda, r = sqrt|lambda|, r d and the lane class of every slice. */
    private static void classify(double[] potentialEv, double[] widthA, int[] twin, int lo, int hi, double factor,
                                 double[] energyEv, int offset, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, 0, 0);
        int kindAt = m * ws.blockSlices;
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        for (int j = lo; j < hi; j++, at += COEFFS * lanes, kindAt++) {
            if (twin[j] != j) {
                continue;
            }
            DoubleVector lambda = DoubleVector.broadcast(DOUBLES, potentialEv[j]).sub(e).mul(factor);
            VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
            DoubleVector r = lambda.abs().sqrt();
            lambda.intoArray(ws.coeff, at + LAMBDA * lanes);
            r.intoArray(ws.coeff, at + R * lanes);
            r.mul(widthA[j]).intoArray(ws.coeff, at + RD * lanes);
            ws.kind[kindAt] = forbidden.allTrue() ? ALL_FORBIDDEN : forbidden.anyTrue() ? MIXED : ALL_ALLOWED;
        }
    }

    /** c = cos(kd), s = sin(kd)/k (d where k = 0) for slices with allowed lanes. */
    private static void allowed(double[] widthA, int[] twin, int lo, int hi, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, 0, 0);
        int kindAt = m * ws.blockSlices;
        for (int j = lo; j < hi; j++, at += COEFFS * lanes, kindAt++) {
            if (ws.kind[kindAt] == ALL_FORBIDDEN || twin[j] != j) {
                continue;
            }
            DoubleVector r = DoubleVector.fromArray(DOUBLES, ws.coeff, at + R * lanes);
            DoubleVector rd = DoubleVector.fromArray(DOUBLES, ws.coeff, at + RD * lanes);
            VectorKernelMath.sinCosNonNegative(rd, ws.coeff, at + S * lanes, at + C * lanes);
            DoubleVector sin = DoubleVector.fromArray(DOUBLES, ws.coeff, at + S * lanes);
            sin.div(r).blend(widthA[j], r.compare(VectorOperators.EQ, 0.0)).intoArray(ws.coeff, at + S * lanes);
        }
    }

    /**
     * c = (1 + e)/2, s = (1 - e)/(2q) on the forbidden lanes of the slices computed here (blended over the
     * allowed ones of mixed slices); then {@link #logScaleAndG}.
     */
    private static void forbidden(int[] twin, int lo, int count, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, 0, 0);
        int kindAt = m * ws.blockSlices;
        for (int j = 0; j < count; j++, at += COEFFS * lanes, kindAt++) {
            int kind = ws.kind[kindAt];
            if (kind == ALL_ALLOWED || twin[lo + j] != lo + j) {
                continue;
            }
            DoubleVector lambda = DoubleVector.fromArray(DOUBLES, ws.coeff, at + LAMBDA * lanes);
            VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
            DoubleVector r = DoubleVector.fromArray(DOUBLES, ws.coeff, at + R * lanes);
            DoubleVector rd = DoubleVector.fromArray(DOUBLES, ws.coeff, at + RD * lanes);
            // -2 * (qd) is the scalar's (-2q) * d: scaling by two is exact.
            DoubleVector em1 = VectorKernelMath.expm1NonPositive(rd.mul(-2.0));
            DoubleVector c = em1.add(2.0).mul(0.5);
            DoubleVector s = em1.neg().div(r.mul(2.0));
            if (kind == MIXED) {
                c = DoubleVector.fromArray(DOUBLES, ws.coeff, at + C * lanes).blend(c, forbidden);
                s = DoubleVector.fromArray(DOUBLES, ws.coeff, at + S * lanes).blend(s, forbidden);
            }
            c.intoArray(ws.coeff, at + C * lanes);
            s.intoArray(ws.coeff, at + S * lanes);
        }
        logScaleAndG(twin, lo, count, ws, m);
    }

    /**
     * g = -lambda s of every slice computed here, and the log scale summed over all the block's slices right to
     * left, as the scalar kernel sums it: the same rounding, lane for lane (allowed lanes add +0.0, which is
     * exact; a repeated slice adds its twin's term, the same value, in its own place in the sum).
     */
    private static void logScaleAndG(int[] twin, int lo, int count, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int logScaleAt = ws.stateAt(m, VectorWorkspace.LOG_SCALE);
        int first = ws.coeffAt(m, 0, 0);
        int kinds = m * ws.blockSlices;
        DoubleVector logScale = DoubleVector.fromArray(DOUBLES, ws.state, logScaleAt);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        for (int j = count - 1; j >= 0; j--) {
            int t = twin[lo + j] - lo;
            int at = first + t * COEFFS * lanes;
            DoubleVector lambda = DoubleVector.fromArray(DOUBLES, ws.coeff, at + LAMBDA * lanes);
            if (ws.kind[kinds + t] != ALL_ALLOWED) {
                VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
                DoubleVector rd = DoubleVector.fromArray(DOUBLES, ws.coeff, at + RD * lanes);
                logScale = logScale.add(zero.blend(rd, forbidden));
            }
            if (t == j) {
                DoubleVector s = DoubleVector.fromArray(DOUBLES, ws.coeff, at + S * lanes);
                lambda.neg().mul(s).intoArray(ws.coeff, at + G * lanes);
            }
        }
        logScale.intoArray(ws.state, logScaleAt);
    }
}

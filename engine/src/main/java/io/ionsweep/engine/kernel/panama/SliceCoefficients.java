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
 * <p>Why three loops, each its own method, talking through the workspace arrays: a vector handed
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
    static void compute(double[] potentialEv, double[] widthA, int lo, int hi, double factor, double[] energyEv,
                        int offset, VectorWorkspace ws, int m) {
        classify(potentialEv, widthA, lo, hi, factor, energyEv, offset, ws, m);
        allowed(widthA, lo, hi, ws, m);
        forbidden(hi - lo, ws, m);
    }

    /** lambda, r = sqrt|lambda|, r d and the lane class of every slice. */
    private static void classify(double[] potentialEv, double[] widthA, int lo, int hi, double factor,
                                 double[] energyEv, int offset, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, 0, 0);
        int kindAt = m * ws.blockSlices;
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        for (int j = lo; j < hi; j++, at += COEFFS * lanes, kindAt++) {
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
    private static void allowed(double[] widthA, int lo, int hi, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, 0, 0);
        int kindAt = m * ws.blockSlices;
        for (int j = lo; j < hi; j++, at += COEFFS * lanes, kindAt++) {
            if (ws.kind[kindAt] == ALL_FORBIDDEN) {
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
     * c = (1 + e)/2, s = (1 - e)/(2q) on forbidden lanes (blended over the allowed ones of mixed
     * slices), the log scale, and g = -lambda s for every slice. Right to left, as the scalar kernel
     * sums the log scale: the same rounding, lane for lane (allowed lanes add +0.0, which is exact).
     */
    private static void forbidden(int count, VectorWorkspace ws, int m) {
        int lanes = ws.lanes;
        int logScaleAt = ws.stateAt(m, VectorWorkspace.LOG_SCALE);
        int at = ws.coeffAt(m, count - 1, 0);
        int kindAt = m * ws.blockSlices + count - 1;
        DoubleVector logScale = DoubleVector.fromArray(DOUBLES, ws.state, logScaleAt);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        for (int j = count - 1; j >= 0; j--, at -= COEFFS * lanes, kindAt--) {
            DoubleVector lambda = DoubleVector.fromArray(DOUBLES, ws.coeff, at + LAMBDA * lanes);
            int kind = ws.kind[kindAt];
            if (kind != ALL_ALLOWED) {
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
                logScale = logScale.add(zero.blend(rd, forbidden));
            }
            DoubleVector s = DoubleVector.fromArray(DOUBLES, ws.coeff, at + S * lanes);
            lambda.neg().mul(s).intoArray(ws.coeff, at + G * lanes);
        }
        logScale.intoArray(ws.state, logScaleAt);
    }
}

package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * First pass of the vector kernel: the transfer coefficients of a block of slices for one vector of
 * energies, exactly as {@code ScalarTransmissionKernel} computes them. With lambda = (2m/hbar^2)(V - E):
 * c = cos(kd), s = sin(kd)/k where the slice is allowed (k^2 = -lambda), c = (1 + e)/2,
 * s = (1 - e)/(2q), e = exp(-2qd), where it is forbidden (q^2 = lambda, and qd goes to the log
 * scale); and g = -lambda s.
 *
 * <p>This pass holds the elementary functions ({@link VectorKernelMath}, bit-identical to the
 * scalar kernel's), kept apart from the propagation, whose state then stays in registers. A slice that is
 * forbidden (or allowed) for all lanes evaluates one branch only; mixed vectors evaluate both and
 * blend. Every vector value stays inside this method: a masked {@code add(v, mask)} on a
 * loop-carried value or a call C2 does not inline would box vectors on the heap every slice.
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
        int logScaleAt = ws.stateAt(m, VectorWorkspace.LOG_SCALE);
        int lanes = ws.lanes;
        int at = ws.coeffAt(m, hi - 1 - lo, VectorWorkspace.C);
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        DoubleVector logScale = DoubleVector.fromArray(DOUBLES, ws.state, logScaleAt);
        DoubleVector[] sinCos = new DoubleVector[2];
        // Right to left, as the scalar kernel sums the log scale: the same rounding, lane for lane.
        for (int j = hi - 1; j >= lo; j--, at -= VectorWorkspace.COEFFS * lanes) {
            double d = widthA[j];
            DoubleVector lambda = DoubleVector.broadcast(DOUBLES, potentialEv[j]).sub(e).mul(factor);
            VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
            DoubleVector r = lambda.abs().sqrt();
            DoubleVector rd = r.mul(d);
            DoubleVector c;
            DoubleVector s;
            if (forbidden.allTrue()) {
                // -2 * (qd) is the scalar's (-2q) * d: scaling by two is exact.
                DoubleVector em1 = VectorKernelMath.expm1NonPositive(rd.mul(-2.0));
                c = em1.add(2.0).mul(0.5);
                s = em1.neg().div(r.mul(2.0));
                logScale = logScale.add(rd);
            } else if (!forbidden.anyTrue()) {
                VectorKernelMath.sinCosNonNegative(rd, sinCos);
                c = sinCos[1];
                s = sinCos[0].div(r).blend(d, r.compare(VectorOperators.EQ, 0.0));
            } else {
                DoubleVector em1 = VectorKernelMath.expm1NonPositive(rd.mul(-2.0));
                VectorKernelMath.sinCosNonNegative(rd, sinCos);
                c = sinCos[1].blend(em1.add(2.0).mul(0.5), forbidden);
                s = sinCos[0].div(r).blend(d, r.compare(VectorOperators.EQ, 0.0))
                        .blend(em1.neg().div(r.mul(2.0)), forbidden);
                logScale = logScale.add(DoubleVector.zero(DOUBLES).blend(rd, forbidden));
            }
            c.intoArray(ws.coeff, at + VectorWorkspace.C * lanes);
            s.intoArray(ws.coeff, at + VectorWorkspace.S * lanes);
            lambda.neg().mul(s).intoArray(ws.coeff, at + VectorWorkspace.G * lanes);
        }
        logScale.intoArray(ws.state, logScaleAt);
    }
}

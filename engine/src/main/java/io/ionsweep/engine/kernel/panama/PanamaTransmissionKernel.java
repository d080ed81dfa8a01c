package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;
import static io.ionsweep.engine.kernel.panama.VectorConstants.LONGS;

import io.ionsweep.engine.kernel.ScalarTransmissionKernel;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API kernel: the algorithm of {@link ScalarTransmissionKernel}, with one energy per
 * lane. Every lane walks the same slices, so the profile is broadcast. Energies run in pairs of
 * vectors, slices in blocks of {@link VectorWorkspace#BLOCK}: for each block,
 * {@link SliceCoefficients} computes every slice's (c, s, g) (the transcendental calls), then
 * {@link StatePropagation} carries both vectors' states across the block (pure arithmetic, in
 * registers, the two dependency chains overlapping). A last vector without a partner is paired with
 * itself; the tail that does not fill a vector runs the scalar code.
 *
 * <p>Do not reference this class directly: {@code KernelProvider} loads it only when the
 * incubator module is present.
 */
public final class PanamaTransmissionKernel implements TransmissionKernel {
    private static final double LN2 = Math.log(2.0);
    private static final double LN10 = Math.log(10.0);
    private static final long EXPONENT_BIAS = 1023;

    @Override
    public String name() {
        return "vector(" + DOUBLES.length() + " lanes)";
    }

    @Override
    public void log10Transmission(Staircase profile, double massU, double[] energyEv, double[] log10T, int count) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        int n = profile.sliceCount();
        double[] v = profile.potentialsEv();
        double[] w = profile.widthsA();
        int lanes = DOUBLES.length();
        int bound = DOUBLES.loopBound(count);
        VectorWorkspace ws = new VectorWorkspace(n);
        int[] twin = bound > 0 ? SliceCoefficients.twins(v, w) : null;
        int i = 0;
        for (; i < bound; i += VectorWorkspace.MEMBERS * lanes) {
            // The second member repeats the first when no full vector is left; it writes the same values.
            int second = Math.min(i + lanes, bound - lanes);
            start(profile.leadRightEv(), factor, energyEv, i, ws, 0);
            start(profile.leadRightEv(), factor, energyEv, second, ws, 1);
            for (int hi = n; hi > 0; hi -= VectorWorkspace.BLOCK) {
                int lo = Math.max(0, hi - VectorWorkspace.BLOCK);
                SliceCoefficients.compute(v, w, twin, lo, hi, factor, energyEv, i, ws, 0);
                SliceCoefficients.compute(v, w, twin, lo, hi, factor, energyEv, second, ws, 1);
                StatePropagation.propagatePair(twin, lo, hi - lo, ws);
            }
            finish(n, profile.leadLeftEv(), profile.leadRightEv(), factor, energyEv, log10T, i, ws, 0);
            finish(n, profile.leadLeftEv(), profile.leadRightEv(), factor, energyEv, log10T, second, ws, 1);
        }
        for (i = bound; i < count; i++) {
            log10T[i] = ScalarTransmissionKernel.log10Transmission(profile, factor, energyEv[i]);
        }
    }

    /** The right-lead state: pure outgoing wave, psi = 1, psi' = i kR; scales zero. */
    private static void start(double leadRightEv, double factor, double[] energyEv, int offset, VectorWorkspace ws, int m) {
        int base = ws.stateAt(m, 0);
        int exponentsAt = ws.exponentsAt(m);
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        DoubleVector kR2 = e.sub(leadRightEv).mul(factor);
        DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
        // Closed lanes compute on a harmless stand-in and are overwritten with -infinity at the end.
        DoubleVector kR = one.blend(kR2, kR2.compare(VectorOperators.GT, 0.0)).sqrt();
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        one.intoArray(ws.state, base + VectorWorkspace.PSI_RE * ws.lanes);
        zero.intoArray(ws.state, base + VectorWorkspace.PSI_IM * ws.lanes);
        zero.intoArray(ws.state, base + VectorWorkspace.DPSI_RE * ws.lanes);
        kR.intoArray(ws.state, base + VectorWorkspace.DPSI_IM * ws.lanes);
        zero.intoArray(ws.state, base + VectorWorkspace.LOG_SCALE * ws.lanes);
        LongVector.zero(LONGS).intoArray(ws.exponents, exponentsAt);
    }

    /**
     * At the left lead: reflected amplitude b = (psi + i psi'/kL)/2, T = 1/(1 + (kL/kR)|b|^2) with the
     * scales restored. In small methods that pass values through the workspace, apart from the loop
     * that calls them, so that each stays small enough for C2 to inline VectorKernelMath (a vector
     * handed to a call that is not inlined is boxed on the heap).
     */
    private static void finish(int n, double leadLeftEv, double leadRightEv, double factor, double[] energyEv,
                               double[] log10T, int offset, VectorWorkspace ws, int m) {
        unscaledTransmission(leadLeftEv, leadRightEv, factor, energyEv, offset, ws, m);
        long open = openLanes(n, ws, m);
        if (open != 0) {
            openLog(n, ws, m);
        }
        if (open != ALL_LANES) {
            logReflection(n, ws, m);
            softplusTail(ws, m);
        }
        log10Result(leadLeftEv, leadRightEv, factor, energyEv, log10T, offset, ws, m, open);
    }

    private static final long ALL_LANES = (1L << DOUBLES.length()) - 1;

    /**
     * The lanes (as mask bits) where no slice was forbidden and the exponent is modest: there ln T =
     * -log1p(X) from X formed exactly (ScalarTransmissionKernel.lnTransmission, lane by lane).
     */
    private static long openLanes(int n, VectorWorkspace ws, int m) {
        DoubleVector logScale = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.LOG_SCALE));
        LongVector exponent = LongVector.fromArray(LONGS, ws.exponents, ws.exponentsAt(m)).sub(EXPONENT_BIAS * n);
        VectorMask<Double> modest = exponent.abs()
                .compare(VectorOperators.LE, (long) ScalarTransmissionKernel.OPEN_EXPONENT).cast(DOUBLES);
        return logScale.compare(VectorOperators.EQ, 0.0).and(modest).toLong();
    }

    /** -log1p(x 2^(2 exponent)), 0 where x = 0, into the PSI_RE row (free once X is formed). */
    private static void openLog(int n, VectorWorkspace ws, int m) {
        DoubleVector x = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.SCALED_REFLECTION));
        LongVector exponent = LongVector.fromArray(LONGS, ws.exponents, ws.exponentsAt(m)).sub(EXPONENT_BIAS * n);
        // 2^(2 exponent) from its bits (|2 exponent| <= 500: a normal number); lanes not open are not used
        LongVector twice = exponent.lanewise(VectorOperators.MIN, (long) ScalarTransmissionKernel.OPEN_EXPONENT)
                .lanewise(VectorOperators.MAX, (long) -ScalarTransmissionKernel.OPEN_EXPONENT).mul(2L);
        DoubleVector scale = (DoubleVector) twice.add(EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52L)
                .viewAsFloatingLanes();
        VectorMask<Double> full = x.compare(VectorOperators.EQ, 0.0);
        VectorKernelMath.log1pNonNegative(x.mul(scale)).neg().blend(0.0, full)
                .intoArray(ws.state, ws.stateAt(m, VectorWorkspace.PSI_RE));
    }

    /** X = (kL/kR)|b|^2 from the scaled state, into the workspace; closed lanes compute on stand-ins. */
    private static void unscaledTransmission(double leadLeftEv, double leadRightEv, double factor, double[] energyEv,
                                             int offset, VectorWorkspace ws, int m) {
        int base = ws.stateAt(m, 0);
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        DoubleVector kL2 = e.sub(leadLeftEv).mul(factor);
        DoubleVector kR2 = e.sub(leadRightEv).mul(factor);
        VectorMask<Double> open = kL2.compare(VectorOperators.GT, 0.0).and(kR2.compare(VectorOperators.GT, 0.0));
        DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
        DoubleVector kL = one.blend(kL2, open).sqrt();
        DoubleVector kR = one.blend(kR2, open).sqrt();
        DoubleVector pr = DoubleVector.fromArray(DOUBLES, ws.state, base + VectorWorkspace.PSI_RE * ws.lanes);
        DoubleVector pi = DoubleVector.fromArray(DOUBLES, ws.state, base + VectorWorkspace.PSI_IM * ws.lanes);
        DoubleVector dr = DoubleVector.fromArray(DOUBLES, ws.state, base + VectorWorkspace.DPSI_RE * ws.lanes);
        DoubleVector di = DoubleVector.fromArray(DOUBLES, ws.state, base + VectorWorkspace.DPSI_IM * ws.lanes);
        DoubleVector br = pr.sub(di.div(kL)).mul(0.5);
        DoubleVector bi = pi.add(dr.div(kL)).mul(0.5);
        kL.mul(br.mul(br).add(bi.mul(bi))).div(kR)
                .intoArray(ws.state, base + VectorWorkspace.SCALED_REFLECTION * ws.lanes);
    }

    /** ln X with the scales restored, -infinity where X = 0 (T = 1), into the workspace. */
    private static void logReflection(int n, VectorWorkspace ws, int m) {
        int at = ws.stateAt(m, VectorWorkspace.SCALED_REFLECTION);
        DoubleVector x = DoubleVector.fromArray(DOUBLES, ws.state, at);
        DoubleVector logScale = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.LOG_SCALE));
        DoubleVector binaryExponent = (DoubleVector) LongVector.fromArray(LONGS, ws.exponents, ws.exponentsAt(m))
                .sub(EXPONENT_BIAS * n).convert(VectorOperators.L2D, 0);
        VectorMask<Double> full = x.compare(VectorOperators.EQ, 0.0);
        VectorKernelMath.log(x.blend(1.0, full)).add(logScale.add(binaryExponent.mul(LN2)).mul(2.0))
                .blend(Double.NEGATIVE_INFINITY, full)
                .intoArray(ws.state, at);
    }

    /** e^-|y| + 1 for y = ln X, into the workspace. */
    private static void softplusTail(VectorWorkspace ws, int m) {
        DoubleVector y = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.SCALED_REFLECTION));
        VectorKernelMath.expm1NonPositive(y.abs().neg()).add(1.0)
                .intoArray(ws.state, ws.stateAt(m, VectorWorkspace.SOFTPLUS_TAIL));
    }

    /**
     * log10 T = -(max(y, 0) + log1p(tail)) / ln 10 = -softplus(ln X) / ln 10, or on the open lanes
     * -log1p(X) / ln 10; 0 where X = 0, -infinity where a lead is closed
     * (ScalarTransmissionKernel.lnTransmission, lane by lane).
     */
    private static void log10Result(double leadLeftEv, double leadRightEv, double factor, double[] energyEv,
                                    double[] log10T, int offset, VectorWorkspace ws, int m, long openLanes) {
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        VectorMask<Double> open = e.sub(leadLeftEv).mul(factor).compare(VectorOperators.GT, 0.0)
                .and(e.sub(leadRightEv).mul(factor).compare(VectorOperators.GT, 0.0));
        DoubleVector lnT;
        if (openLanes == ALL_LANES) {
            lnT = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.PSI_RE));
        } else {
            DoubleVector y = DoubleVector.fromArray(DOUBLES, ws.state,
                    ws.stateAt(m, VectorWorkspace.SCALED_REFLECTION));
            DoubleVector tail = DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.SOFTPLUS_TAIL));
            lnT = y.max(0.0).add(VectorKernelMath.log1pNonNegative(tail)).neg()
                    .blend(0.0, y.compare(VectorOperators.EQ, Double.NEGATIVE_INFINITY));
            if (openLanes != 0) {
                lnT = lnT.blend(DoubleVector.fromArray(DOUBLES, ws.state, ws.stateAt(m, VectorWorkspace.PSI_RE)),
                        VectorMask.fromLong(DOUBLES, openLanes));
            }
        }
        DoubleVector.broadcast(DOUBLES, Double.NEGATIVE_INFINITY)
                .blend(lnT.div(LN10), open)
                .intoArray(log10T, offset);
    }
}

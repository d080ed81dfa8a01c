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
 * lane. Every lane walks the same slices, so the profile is broadcast and the state stays in
 * registers. A slice that is forbidden (or allowed) for all lanes evaluates one branch only;
 * mixed vectors evaluate both and blend. The tail that does not fill a vector runs the scalar code.
 *
 * <p>Performance note: every vector value must stay inside this one compiled loop. A helper method
 * that C2 does not inline (it gives up on this large body: NodeCountInliningCutoff), or a masked
 * {@code add(v, mask)} (a virtual call on a loop-carried value), boxes vectors on the heap every
 * slice. Hence sin(kd)/k written out twice and the blend before the add; the allocation profile of
 * the benchmark ({@code -prof gc}) must show ~0 B/op.
 *
 * <p>Do not reference this class directly: {@code KernelProvider} loads it only when the
 * incubator module is present.
 */
public final class PanamaTransmissionKernel implements TransmissionKernel {
    private static final double LN2 = Math.log(2.0);
    private static final double LN10 = Math.log(10.0);
    private static final long EXPONENT_BIAS = 1023;
    private static final int MANTISSA_BITS = 52;

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
        int bound = DOUBLES.loopBound(count);
        int i = 0;
        for (; i < bound; i += DOUBLES.length()) {
            body(v, w, n, profile.leadLeftEv(), profile.leadRightEv(), factor, energyEv, log10T, i);
        }
        for (; i < count; i++) {
            log10T[i] = ScalarTransmissionKernel.log10Transmission(profile, factor, energyEv[i]);
        }
    }

    private static void body(double[] v, double[] w, int n, double leadLeftEv, double leadRightEv, double factor,
                             double[] energyEv, double[] log10T, int offset) {
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, offset);
        DoubleVector kL2 = e.sub(leadLeftEv).mul(factor);
        DoubleVector kR2 = e.sub(leadRightEv).mul(factor);
        VectorMask<Double> open = kL2.compare(VectorOperators.GT, 0.0).and(kR2.compare(VectorOperators.GT, 0.0));
        if (!open.anyTrue()) {
            DoubleVector.broadcast(DOUBLES, Double.NEGATIVE_INFINITY).intoArray(log10T, offset);
            return;
        }
        // Closed lanes compute on a harmless stand-in and are overwritten with -infinity at the end.
        DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
        DoubleVector kL = one.blend(kL2, open).sqrt();
        DoubleVector kR = one.blend(kR2, open).sqrt();

        DoubleVector pr = one;
        DoubleVector pi = DoubleVector.zero(DOUBLES);
        DoubleVector dr = DoubleVector.zero(DOUBLES);
        DoubleVector di = kR;
        DoubleVector logScale = DoubleVector.zero(DOUBLES);
        LongVector biasedExponents = LongVector.zero(LONGS);

        for (int j = n - 1; j >= 0; j--) {
            double d = w[j];
            DoubleVector lambda = DoubleVector.broadcast(DOUBLES, v[j]).sub(e).mul(factor);
            VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
            DoubleVector r = lambda.abs().sqrt();
            DoubleVector c;
            DoubleVector s;
            if (forbidden.allTrue()) {
                DoubleVector em1 = r.mul(-2.0).mul(d).lanewise(VectorOperators.EXPM1);
                c = em1.add(2.0).mul(0.5);
                s = em1.neg().div(r.mul(2.0));
                logScale = logScale.add(r.mul(d));
            } else if (!forbidden.anyTrue()) {
                DoubleVector kd = r.mul(d);
                c = kd.lanewise(VectorOperators.COS);
                s = kd.lanewise(VectorOperators.SIN).div(r).blend(d, r.compare(VectorOperators.EQ, 0.0));
            } else {
                DoubleVector em1 = r.mul(-2.0).mul(d).lanewise(VectorOperators.EXPM1);
                DoubleVector kd = r.mul(d);
                c = kd.lanewise(VectorOperators.COS).blend(em1.add(2.0).mul(0.5), forbidden);
                s = kd.lanewise(VectorOperators.SIN).div(r).blend(d, r.compare(VectorOperators.EQ, 0.0))
                        .blend(em1.neg().div(r.mul(2.0)), forbidden);
                logScale = logScale.add(DoubleVector.zero(DOUBLES).blend(kd, forbidden));
            }
            DoubleVector g = lambda.neg().mul(s);
            DoubleVector npr = c.mul(pr).sub(s.mul(dr));
            DoubleVector npi = c.mul(pi).sub(s.mul(di));
            DoubleVector ndr = g.mul(pr).add(c.mul(dr));
            DoubleVector ndi = g.mul(pi).add(c.mul(di));
            // Exact power-of-two renormalisation, read off the exponent bits of the largest component.
            DoubleVector m = npr.abs().max(npi.abs()).max(ndr.abs().max(ndi.abs()));
            LongVector biased = ((LongVector) m.viewAsIntegralLanes())
                    .lanewise(VectorOperators.LSHR, MANTISSA_BITS).max(1L);
            DoubleVector scale = (DoubleVector) LongVector.broadcast(LONGS, 2 * EXPONENT_BIAS).sub(biased)
                    .lanewise(VectorOperators.LSHL, MANTISSA_BITS).viewAsFloatingLanes();
            pr = npr.mul(scale);
            pi = npi.mul(scale);
            dr = ndr.mul(scale);
            di = ndi.mul(scale);
            biasedExponents = biasedExponents.add(biased);
        }
        DoubleVector binaryExponent = (DoubleVector) biasedExponents.sub(EXPONENT_BIAS * n)
                .convert(VectorOperators.L2D, 0);
        DoubleVector ar = pr.add(di.div(kL)).mul(0.5);
        DoubleVector ai = pi.sub(dr.div(kL)).mul(0.5);
        DoubleVector lnT = kR.div(kL.mul(ar.mul(ar).add(ai.mul(ai)))).lanewise(VectorOperators.LOG)
                .sub(logScale.add(binaryExponent.mul(LN2)).mul(2.0));
        DoubleVector.broadcast(DOUBLES, Double.NEGATIVE_INFINITY)
                .blend(lnT.div(LN10), open)
                .intoArray(log10T, offset);
    }
}

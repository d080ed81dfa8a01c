package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.KernelMath.C1;
import static io.ionsweep.engine.kernel.KernelMath.C2;
import static io.ionsweep.engine.kernel.KernelMath.C3;
import static io.ionsweep.engine.kernel.KernelMath.C4;
import static io.ionsweep.engine.kernel.KernelMath.C5;
import static io.ionsweep.engine.kernel.KernelMath.C6;
import static io.ionsweep.engine.kernel.KernelMath.EXPM1_SATURATION;
import static io.ionsweep.engine.kernel.KernelMath.EXPM1_TAYLOR;
import static io.ionsweep.engine.kernel.KernelMath.EXPONENT_BIAS;
import static io.ionsweep.engine.kernel.KernelMath.EXPONENT_MASK;
import static io.ionsweep.engine.kernel.KernelMath.INV_LN2;
import static io.ionsweep.engine.kernel.KernelMath.LG1;
import static io.ionsweep.engine.kernel.KernelMath.LG2;
import static io.ionsweep.engine.kernel.KernelMath.LG3;
import static io.ionsweep.engine.kernel.KernelMath.LG4;
import static io.ionsweep.engine.kernel.KernelMath.LG5;
import static io.ionsweep.engine.kernel.KernelMath.LG6;
import static io.ionsweep.engine.kernel.KernelMath.LG7;
import static io.ionsweep.engine.kernel.KernelMath.LN2_HI;
import static io.ionsweep.engine.kernel.KernelMath.LN2_LO;
import static io.ionsweep.engine.kernel.KernelMath.MANTISSA_BITS;
import static io.ionsweep.engine.kernel.KernelMath.MANTISSA_MASK;
import static io.ionsweep.engine.kernel.KernelMath.ONE_BITS;
import static io.ionsweep.engine.kernel.KernelMath.PIO2_1;
import static io.ionsweep.engine.kernel.KernelMath.PIO2_2;
import static io.ionsweep.engine.kernel.KernelMath.PIO2_3;
import static io.ionsweep.engine.kernel.KernelMath.ROUNDER;
import static io.ionsweep.engine.kernel.KernelMath.S1;
import static io.ionsweep.engine.kernel.KernelMath.S2;
import static io.ionsweep.engine.kernel.KernelMath.S3;
import static io.ionsweep.engine.kernel.KernelMath.S4;
import static io.ionsweep.engine.kernel.KernelMath.S5;
import static io.ionsweep.engine.kernel.KernelMath.S6;
import static io.ionsweep.engine.kernel.KernelMath.SQRT2;
import static io.ionsweep.engine.kernel.KernelMath.TWO54;
import static io.ionsweep.engine.kernel.KernelMath.TWO_OVER_PI;

import io.ionsweep.engine.kernel.KernelMath;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link KernelMath} lane by lane: the same IEEE operations in the same order, so every lane equals
 * the scalar function bit for bit in every JIT tier (the Vector API's own SIN/COS/EXPM1/LOG call a
 * native library once compiled and Java code before, which round differently).
 */
final class VectorKernelMath {
    private VectorKernelMath() {}

    static DoubleVector expm1NonPositive(DoubleVector x) {
        DoubleVector k = quotientByLn2(x);
        DoubleVector p = reducedExpm1(x, k);
        DoubleVector t = powerOfTwo(k, 0);
        DoubleVector y = t.mul(p).add(t.sub(1.0));
        return y.blend(-1.0, x.compare(VectorOperators.LT, EXPM1_SATURATION));
    }

    /** e^x for x <= 0, as {@link KernelMath#expNonPositive}. */
    static DoubleVector expNonPositive(DoubleVector x) {
        DoubleVector k = quotientByLn2(x);
        DoubleVector y = reducedExpm1(x, k).add(1.0).mul(powerOfTwo(k, KernelMath.EXP_LIFT)).mul(KernelMath.TWO_M54);
        return y.blend(0.0, x.compare(VectorOperators.LT, KernelMath.EXP_UNDERFLOW));
    }

    private static DoubleVector quotientByLn2(DoubleVector x) {
        return x.mul(INV_LN2).add(ROUNDER).sub(ROUNDER);
    }

    private static DoubleVector reducedExpm1(DoubleVector x, DoubleVector k) {
        DoubleVector r = x.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        DoubleVector acc = DoubleVector.broadcast(x.species(), EXPM1_TAYLOR[EXPM1_TAYLOR.length - 1]);
        for (int i = EXPM1_TAYLOR.length - 2; i >= 0; i--) {
            acc = r.mul(acc).add(EXPM1_TAYLOR[i]);
        }
        return r.add(r.mul(r).mul(acc));
    }

    private static DoubleVector powerOfTwo(DoubleVector k, long lift) {
        LongVector kl = (LongVector) k.convert(VectorOperators.D2L, 0);
        return (DoubleVector) kl.add(lift + EXPONENT_BIAS).lanewise(VectorOperators.LSHL, MANTISSA_BITS)
                .viewAsFloatingLanes();
    }

    private static DoubleVector sinKernel(DoubleVector r, DoubleVector z) {
        DoubleVector poly = z.mul(S6).add(S5).mul(z).add(S4).mul(z).add(S3).mul(z).add(S2).mul(z).add(S1);
        return r.add(r.mul(z).mul(poly));
    }

    private static DoubleVector cosKernel(DoubleVector z) {
        DoubleVector poly = z.mul(z).mul(z.mul(C6).add(C5).mul(z).add(C4).mul(z).add(C3).mul(z).add(C2).mul(z).add(C1));
        DoubleVector hz = z.mul(0.5);
        DoubleVector w = hz.neg().add(1.0);
        return w.add(w.neg().add(1.0).sub(hz).add(poly));
    }

    /**
     * sin x and cos x for finite x >= 0, sharing one argument reduction, stored into {@code out}.
     * Results go to an array, not to an array of vectors: storing a vector into an object array
     * boxes it on the heap, every call.
     *
     * @param out   receives sin x at {@code sinAt} and cos x at {@code cosAt}, one vector each
     */
    static void sinCosNonNegative(DoubleVector x, double[] out, int sinAt, int cosAt) {
        DoubleVector k = x.mul(TWO_OVER_PI).add(ROUNDER).sub(ROUNDER);
        DoubleVector r = x.sub(k.mul(PIO2_1)).sub(k.mul(PIO2_2)).sub(k.mul(PIO2_3));
        DoubleVector z = r.mul(r);
        DoubleVector sr = sinKernel(r, z);
        DoubleVector cr = cosKernel(z);
        LongVector q = (LongVector) k.convert(VectorOperators.D2L, 0);
        VectorMask<Double> odd = q.and(1L).compare(VectorOperators.NE, 0L).cast(x.species());
        VectorMask<Double> negSin = q.and(2L).compare(VectorOperators.NE, 0L).cast(x.species());
        VectorMask<Double> negCos = q.add(1L).and(2L).compare(VectorOperators.NE, 0L).cast(x.species());
        DoubleVector sin = sr.blend(cr, odd);
        DoubleVector cos = cr.blend(sr, odd);
        sin.blend(sin.neg(), negSin).intoArray(out, sinAt);
        cos.blend(cos.neg(), negCos).intoArray(out, cosAt);
    }

    /** ln(1 + x) for finite x >= 0, as {@link KernelMath#log1pNonNegative}. */
    static DoubleVector log1pNonNegative(DoubleVector x) {
        DoubleVector u = x.add(1.0);
        DoubleVector viaLog = log(u).mul(x.div(u.sub(1.0)));
        return viaLog.blend(x, u.compare(VectorOperators.EQ, 1.0));
    }

    /** Natural logarithm of finite x > 0. */
    static DoubleVector log(DoubleVector x) {
        VectorMask<Double> subnormal = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
        DoubleVector lifted = x.mul(DoubleVector.broadcast(x.species(), 1.0).blend(TWO54, subnormal));
        LongVector bits = (LongVector) lifted.viewAsIntegralLanes();
        LongVector biased = bits.lanewise(VectorOperators.LSHR, MANTISSA_BITS).and(EXPONENT_MASK).sub(EXPONENT_BIAS);
        DoubleVector e = ((DoubleVector) biased.convert(VectorOperators.L2D, 0))
                .sub(DoubleVector.zero(x.species()).blend(54.0, subnormal));
        DoubleVector m = (DoubleVector) bits.and(MANTISSA_MASK).or(ONE_BITS).viewAsFloatingLanes();
        VectorMask<Double> high = m.compare(VectorOperators.GT, SQRT2);
        m = m.blend(m.mul(0.5), high);
        e = e.blend(e.add(1.0), high);
        return logKernel(m.sub(1.0), e);
    }

    /**
     * log((1 + f) 2^e) for f in [sqrt(2)/2 - 1, sqrt(2) - 1] (e_log.c). A method of its own, as
     * KernelMath.logKernel, so that both halves stay under C2's size limit for inlining a hot method
     * (325 bytecodes): a vector passed to a call that is not inlined is boxed on the heap.
     */
    private static DoubleVector logKernel(DoubleVector f, DoubleVector e) {
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector w = z.mul(z);
        DoubleVector t1 = w.mul(w.mul(w.mul(LG6).add(LG4)).add(LG2));
        DoubleVector t2 = z.mul(w.mul(w.mul(w.mul(LG7).add(LG5)).add(LG3)).add(LG1));
        DoubleVector rr = t2.add(t1);
        DoubleVector hfsq = f.mul(0.5).mul(f);
        return e.mul(LN2_HI).sub(hfsq.sub(s.mul(hfsq.add(rr)).add(e.mul(LN2_LO))).sub(f));
    }
}

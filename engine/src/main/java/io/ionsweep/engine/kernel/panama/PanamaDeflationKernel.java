package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;
import static io.ionsweep.engine.kernel.panama.VectorConstants.LONGS;

import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.LanesDeflationKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API {@link DeflationKernel}: one zero per lane, two vectors of zeros per round (two
 * independent chains, so the multiplications overlap). No division per zero: each lane carries P and
 * P' by the product rule (P' <- P' d + P, P <- P d, d = E - z), and S is the sum over the lanes of P'/P
 * at the end; the scalar kernel's division per zero was what bound it. Zeros that do not fill a round
 * run the scalar way.
 *
 * <p>The loop and the combination of the lanes are separate methods, linked through the buffer: in one
 * method the compiler stops inlining the vector operations (node count) and boxes the vectors.
 *
 * <p>Do not reference this class directly: {@code KernelProvider} loads it only when the incubator
 * module is present.
 */
public final class PanamaDeflationKernel implements DeflationKernel {
    /** Rounds between rescales: each lane's product gains this many factors in between. */
    private static final int RESCALE_EVERY = 8;
    private static final long EXPONENT_BIAS = 1023;
    private static final int MANTISSA_BITS = 52;
    /** Clears the sign bit: the magnitude's bit pattern, ordered as the magnitudes are. */
    private static final long MAGNITUDE_BITS = Long.MAX_VALUE;
    /** Per lane of both chains, in the buffer after the output: P (re, im), P' (re, im), exponent. */
    private static final int P_RE = 0;
    private static final int P_IM = 1;
    private static final int D_RE = 2;
    private static final int D_IM = 3;
    private static final int EXP = 4;
    private static final int FIELDS = 5;
    /** In the buffer's output part, unused there until the end: how many times the lanes were rescaled. */
    private static final int RESCALES = PRODUCT_EXPONENT;

    @Override
    public String name() {
        return "vector(" + DOUBLES.length() + " lanes)";
    }

    @Override
    public int lanes() {
        return DOUBLES.length();
    }

    @Override
    public double[] newBuffer() {
        return new double[OUT_LENGTH + FIELDS * 2 * DOUBLES.length()];
    }

    @Override
    public void divideOut(double eRe, double eIm, double[] zRe, double[] zIm, int count, double[] out) {
        int round = 2 * DOUBLES.length();
        int bound = count - count % round;
        if (bound > 0) {
            rounds(eRe, eIm, zRe, zIm, bound, out);
            combine(out);
        }
        LanesDeflationKernel.afterRounds(eRe, eIm, zRe, zIm, bound, count, out);
    }

    /**
     * The vector rounds over zeros [0, bound): each lane's P, P' and biased exponent sum into the buffer.
     * Written out, not in helpers: C2 may decline to inline them, and a vector passed to a call that is
     * not inlined is boxed on the heap.
     */
    private static void rounds(double eRe, double eIm, double[] zRe, double[] zIm, int bound, double[] buf) {
        int lanes = DOUBLES.length();
        DoubleVector er = DoubleVector.broadcast(DOUBLES, eRe);
        DoubleVector ei = DoubleVector.broadcast(DOUBLES, eIm);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        DoubleVector one = DoubleVector.broadcast(DOUBLES, 1.0);
        LongVector twiceBias = LongVector.broadcast(LONGS, 2 * EXPONENT_BIAS);
        // chain a: P = ar + i ai, P' = adr + i adi; chain b likewise
        DoubleVector ar = one, ai = zero, adr = zero, adi = zero;
        DoubleVector br = one, bi = zero, bdr = zero, bdi = zero;
        LongVector ea = LongVector.zero(LONGS);
        LongVector eb = LongVector.zero(LONGS);
        int count = 0;
        for (int k = 0; k < bound; k += 2 * lanes) {
            DoubleVector dr = er.sub(DoubleVector.fromArray(DOUBLES, zRe, k));
            DoubleVector di = ei.sub(DoubleVector.fromArray(DOUBLES, zIm, k));
            DoubleVector fr = er.sub(DoubleVector.fromArray(DOUBLES, zRe, k + lanes));
            DoubleVector fi = ei.sub(DoubleVector.fromArray(DOUBLES, zIm, k + lanes));
            DoubleVector t = adr.fma(dr, ar.sub(adi.mul(di)));
            adi = adr.fma(di, adi.fma(dr, ai));
            adr = t;
            t = ar.mul(dr).sub(ai.mul(di));
            ai = ar.fma(di, ai.mul(dr));
            ar = t;
            t = bdr.fma(fr, br.sub(bdi.mul(fi)));
            bdi = bdr.fma(fi, bdi.fma(fr, bi));
            bdr = t;
            t = br.mul(fr).sub(bi.mul(fi));
            bi = br.fma(fi, bi.mul(fr));
            br = t;
            if (++count == RESCALE_EVERY) {
                count = 0;
                // exact powers of two: the exponent field of max(|re|, |im|) (magnitudes compared as integers,
                // the same order for non-negative doubles), at least 1
                LongVector sa = ((LongVector) ar.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                        .max(((LongVector) ai.viewAsIntegralLanes()).and(MAGNITUDE_BITS))
                        .lanewise(VectorOperators.LSHR, MANTISSA_BITS).max(1L);
                LongVector sb = ((LongVector) br.viewAsIntegralLanes()).and(MAGNITUDE_BITS)
                        .max(((LongVector) bi.viewAsIntegralLanes()).and(MAGNITUDE_BITS))
                        .lanewise(VectorOperators.LSHR, MANTISSA_BITS).max(1L);
                DoubleVector xa = (DoubleVector) twiceBias.sub(sa).lanewise(VectorOperators.LSHL, MANTISSA_BITS)
                        .viewAsFloatingLanes();
                DoubleVector xb = (DoubleVector) twiceBias.sub(sb).lanewise(VectorOperators.LSHL, MANTISSA_BITS)
                        .viewAsFloatingLanes();
                ar = ar.mul(xa);
                ai = ai.mul(xa);
                adr = adr.mul(xa);
                adi = adi.mul(xa);
                br = br.mul(xb);
                bi = bi.mul(xb);
                bdr = bdr.mul(xb);
                bdi = bdi.mul(xb);
                ea = ea.add(sa);
                eb = eb.add(sb);
            }
        }
        int a = OUT_LENGTH;
        int b = OUT_LENGTH + FIELDS * lanes;
        ar.intoArray(buf, a + P_RE * lanes);
        ai.intoArray(buf, a + P_IM * lanes);
        adr.intoArray(buf, a + D_RE * lanes);
        adi.intoArray(buf, a + D_IM * lanes);
        // the exponent sums travel as bit patterns (read back with doubleToRawLongBits)
        ea.viewAsFloatingLanes().intoArray(buf, a + EXP * lanes);
        br.intoArray(buf, b + P_RE * lanes);
        bi.intoArray(buf, b + P_IM * lanes);
        bdr.intoArray(buf, b + D_RE * lanes);
        bdi.intoArray(buf, b + D_IM * lanes);
        eb.viewAsFloatingLanes().intoArray(buf, b + EXP * lanes);
        buf[RESCALES] = bound / (2 * lanes) / RESCALE_EVERY;
    }

    /** S = the sum of P'/P over every lane of both chains, P = their product: into the output. */
    private static void combine(double[] buf) {
        int lanes = DOUBLES.length();
        buf[PRODUCT_RE] = 1;
        buf[PRODUCT_IM] = 0;
        // the biased exponent sums, less the bias of every rescale
        double exponent = -2.0 * lanes * EXPONENT_BIAS * buf[RESCALES];
        double sr = 0;
        double si = 0;
        for (int chain = 0; chain < 2; chain++) {
            int base = OUT_LENGTH + chain * FIELDS * lanes;
            DoubleVector r = DoubleVector.fromArray(DOUBLES, buf, base + P_RE * lanes);
            DoubleVector i = DoubleVector.fromArray(DOUBLES, buf, base + P_IM * lanes);
            DoubleVector dr = DoubleVector.fromArray(DOUBLES, buf, base + D_RE * lanes);
            DoubleVector di = DoubleVector.fromArray(DOUBLES, buf, base + D_IM * lanes);
            DoubleVector norm = r.mul(r).add(i.mul(i));
            // P'/P per lane, summed in lane order: a floating-point reduceLanes(ADD) may add in any order
            // (the compiled and the interpreted code differ), and the results must not depend on the JIT
            dr.mul(r).add(di.mul(i)).div(norm).intoArray(buf, base + D_RE * lanes);
            di.mul(r).sub(dr.mul(i)).div(norm).intoArray(buf, base + D_IM * lanes);
            for (int j = 0; j < lanes; j++) {
                sr += buf[base + D_RE * lanes + j];
                si += buf[base + D_IM * lanes + j];
            }
            exponent += LanesDeflationKernel.timesLanes(buf, buf, base + P_RE * lanes, base + P_IM * lanes, 1, lanes);
            for (int j = 0; j < lanes; j++) {
                exponent += Double.doubleToRawLongBits(buf[base + EXP * lanes + j]);
            }
        }
        buf[PRODUCT_EXPONENT] = exponent;
        buf[SUM_RE] = sr;
        buf[SUM_IM] = si;
    }
}

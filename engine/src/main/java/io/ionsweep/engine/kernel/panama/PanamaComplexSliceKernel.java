package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

import io.ionsweep.engine.kernel.ComplexSliceKernel;
import io.ionsweep.engine.kernel.ScalarComplexSliceKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API {@link ComplexSliceKernel}: one pair per lane, {@link ScalarComplexSliceKernel#one}'s
 * operations lane by lane (both branches of each series test computed and blended), pairs that do not
 * fill a vector the scalar way.
 *
 * <p>The work is split into stages that pass their results through the output array: in one method
 * the compiler stops inlining the vector operations (node count), and a vector passed to a call that
 * is not inlined is boxed on the heap. Until the last stages write them, rows of the output hold
 * intermediate values (q, sin and cos of the phase).
 *
 * <p>Do not reference this class directly: {@code KernelProvider} loads it only when the incubator
 * module is present.
 */
public final class PanamaComplexSliceKernel implements ComplexSliceKernel {
    /** Where |lambda| leaves these bounds the scalar modulus switches to hypot: such vectors run scalar. */
    private static final double SAFE_SMALL = 0x1p-500;
    private static final double SAFE_LARGE = 0x1p500;
    /** Scratch rows: q (re, im), then sin and cos of the phase, overwritten by the last stage. */
    private static final int Q_RE = UR;
    private static final int Q_IM = UI;
    private static final int SIN = DCR;
    private static final int COS = DCI;

    @Override
    public String name() {
        return "vector(" + DOUBLES.length() + " lanes)";
    }

    @Override
    public void coefficients(double[] potentialEv, double[] widthA, int count, double factor, double eRe, double eIm,
                             double[] out) {
        int bound = DOUBLES.loopBound(count);
        double[] q = new double[2];
        for (int i = 0; i < bound; i += DOUBLES.length()) {
            if (squareRoots(potentialEv, count, factor, eRe, eIm, out, i)) {
                phases(widthA, count, out, i);
                scaled(potentialEv, widthA, count, factor, eRe, eIm, out, i);
                derivatives(potentialEv, widthA, count, factor, eRe, eIm, out, i);
            } else {
                for (int p = i; p < i + DOUBLES.length(); p++) {
                    ScalarComplexSliceKernel.one(potentialEv[p], widthA[p], factor, eRe, eIm, out, count, p, q);
                }
            }
        }
        for (int p = bound; p < count; p++) {
            ScalarComplexSliceKernel.one(potentialEv[p], widthA[p], factor, eRe, eIm, out, count, p, q);
        }
    }

    /** q = sqrt(lambda) into the Q rows; false (nothing written) when a lane needs the scalar hypot. */
    private static boolean squareRoots(double[] v, int count, double factor, double eRe, double eIm, double[] out,
                                       int i) {
        DoubleVector lr = DoubleVector.fromArray(DOUBLES, v, i).sub(eRe).mul(factor);
        DoubleVector li = DoubleVector.broadcast(DOUBLES, -factor * eIm);
        VectorMask<Double> zero = lr.compare(VectorOperators.EQ, 0.0).and(li.compare(VectorOperators.EQ, 0.0));
        DoubleVector m = lr.abs().max(li.abs());
        VectorMask<Double> safe = m.compare(VectorOperators.LT, SAFE_LARGE).and(m.compare(VectorOperators.GT, SAFE_SMALL));
        if (!safe.or(zero).allTrue()) {
            return false;
        }
        DoubleVector r = lr.mul(lr).add(li.mul(li)).sqrt();
        // x >= 0: a = sqrt((r + x)/2), q = a + i y/(2a); x < 0: b = sqrt((r - x)/2), q = |y|/(2b) + i sign(y) b
        DoubleVector a = r.add(lr).mul(0.5).sqrt();
        DoubleVector b = r.sub(lr).mul(0.5).sqrt();
        VectorMask<Double> right = lr.compare(VectorOperators.GE, 0.0);
        // the sign of y with that of -0.0: its sign bit
        VectorMask<Double> negative = ((jdk.incubator.vector.LongVector) li.viewAsIntegralLanes())
                .compare(VectorOperators.LT, 0L).cast(DOUBLES);
        DoubleVector qr = li.abs().div(b.mul(2.0)).blend(a, right);
        DoubleVector qi = b.blend(b.neg(), negative).blend(li.div(a.mul(2.0)), right);
        qr.blend(0.0, zero).intoArray(out, Q_RE * count + i);
        qi.blend(0.0, zero).intoArray(out, Q_IM * count + i);
        return true;
    }

    /** sin and cos of the phase Im(q) d into the SIN and COS rows. */
    private static void phases(double[] w, int count, double[] out, int i) {
        DoubleVector ph = DoubleVector.fromArray(DOUBLES, out, Q_IM * count + i).mul(DoubleVector.fromArray(DOUBLES, w, i));
        VectorKernelMath.sinCosNonNegative(ph.abs(), out, SIN * count + i, COS * count + i);
        DoubleVector sin = DoubleVector.fromArray(DOUBLES, out, SIN * count + i);
        sin.blend(sin.neg(), ph.compare(VectorOperators.LT, 0.0)).intoArray(out, SIN * count + i);
    }

    /** Re(q) d, c~, s~ (phase put back) and g = -lambda s~. */
    private static void scaled(double[] v, double[] w, int count, double factor, double eRe, double eIm, double[] out,
                               int i) {
        DoubleVector d = DoubleVector.fromArray(DOUBLES, w, i);
        DoubleVector q0 = DoubleVector.fromArray(DOUBLES, out, Q_RE * count + i);
        DoubleVector q1 = DoubleVector.fromArray(DOUBLES, out, Q_IM * count + i);
        DoubleVector phi = DoubleVector.fromArray(DOUBLES, out, SIN * count + i);
        DoubleVector phr = DoubleVector.fromArray(DOUBLES, out, COS * count + i);
        DoubleVector zr = q0.mul(2.0).mul(d);
        DoubleVector zi = q1.mul(2.0).mul(d);
        VectorMask<Double> series = zr.mul(zr).add(zi.mul(zi))
                .compare(VectorOperators.LT, ScalarComplexSliceKernel.SERIES_LIMIT * ScalarComplexSliceKernel.SERIES_LIMIT);
        DoubleVector z2r = zr.mul(zr).sub(zi.mul(zi));
        DoubleVector z2i = zr.mul(2.0).mul(zi);
        DoubleVector z3r = z2r.mul(zr).sub(z2i.mul(zi));
        DoubleVector z3i = z2r.mul(zi).add(z2i.mul(zr));
        DoubleVector em = VectorKernelMath.expm1NonPositive(zr.neg());
        DoubleVector twoPhi2 = phi.mul(2.0).mul(phi);
        DoubleVector cosZi = twoPhi2.neg().add(1.0);
        DoubleVector sinZi = phi.mul(2.0).mul(phr);
        DoubleVector tr = em.mul(cosZi).sub(twoPhi2).neg()
                .blend(zr.sub(z2r.div(2.0)).add(z3r.div(6.0)), series);
        DoubleVector ti = em.add(1.0).mul(sinZi)
                .blend(zi.sub(z2i.div(2.0)).add(z3i.div(6.0)), series);
        DoubleVector cr = tr.mul(0.5).neg().add(1.0);
        DoubleVector ci = ti.mul(-0.5);
        DoubleVector den = q0.mul(q0).add(q1.mul(q1)).mul(2.0);
        DoubleVector sr = tr.mul(q0).add(ti.mul(q1)).div(den)
                .blend(d.mul(zr.div(2.0).neg().add(1.0).add(z2r.div(6.0))), series);
        DoubleVector si = ti.mul(q0).sub(tr.mul(q1)).div(den)
                .blend(d.mul(zi.neg().div(2.0).add(z2i.div(6.0))), series);
        DoubleVector c0r = cr.mul(phr).sub(ci.mul(phi));
        DoubleVector c0i = cr.mul(phi).add(ci.mul(phr));
        DoubleVector s0r = sr.mul(phr).sub(si.mul(phi));
        DoubleVector s0i = sr.mul(phi).add(si.mul(phr));
        DoubleVector lr = DoubleVector.fromArray(DOUBLES, v, i).sub(eRe).mul(factor);
        double li = -factor * eIm;
        q0.mul(d).intoArray(out, QD * count + i);
        c0r.intoArray(out, C0R * count + i);
        c0i.intoArray(out, C0I * count + i);
        s0r.intoArray(out, S0R * count + i);
        s0i.intoArray(out, S0I * count + i);
        lr.mul(s0r).sub(s0i.mul(li)).neg().intoArray(out, GR * count + i);
        lr.mul(s0i).add(s0r.mul(li)).neg().intoArray(out, GI * count + i);
    }

    /** dc~/dlambda, ds~/dlambda and s~ + lambda ds~/dlambda (over the scratch rows). */
    private static void derivatives(double[] v, double[] w, int count, double factor, double eRe, double eIm,
                                    double[] out, int i) {
        DoubleVector d = DoubleVector.fromArray(DOUBLES, w, i);
        DoubleVector q0 = DoubleVector.fromArray(DOUBLES, out, Q_RE * count + i);
        DoubleVector c0r = DoubleVector.fromArray(DOUBLES, out, C0R * count + i);
        DoubleVector c0i = DoubleVector.fromArray(DOUBLES, out, C0I * count + i);
        DoubleVector s0r = DoubleVector.fromArray(DOUBLES, out, S0R * count + i);
        DoubleVector s0i = DoubleVector.fromArray(DOUBLES, out, S0I * count + i);
        DoubleVector lr = DoubleVector.fromArray(DOUBLES, v, i).sub(eRe).mul(factor);
        DoubleVector li = DoubleVector.broadcast(DOUBLES, -factor * eIm);
        DoubleVector ld2r = lr.mul(d).mul(d);
        DoubleVector ld2i = li.mul(d).mul(d);
        VectorMask<Double> series = ld2r.mul(ld2r).add(ld2i.mul(ld2i)).compare(VectorOperators.LT,
                ScalarComplexSliceKernel.DERIVATIVE_SERIES_LIMIT * ScalarComplexSliceKernel.DERIVATIVE_SERIES_LIMIT);
        // d^3/6 + lambda d^5/60 + lambda^2 d^7/1680, times e^{-Re(qd)}
        DoubleVector l2r = lr.mul(lr).sub(li.mul(li));
        DoubleVector l2i = lr.mul(2.0).mul(li);
        DoubleVector d3 = d.mul(d).mul(d);
        DoubleVector ar = d3.div(6.0).add(lr.mul(d3).mul(d).mul(d).div(60.0))
                .add(l2r.mul(d3).mul(d).mul(d).mul(d).mul(d).div(1680.0));
        DoubleVector ai = li.mul(d3).mul(d).mul(d).div(60.0)
                .add(l2i.mul(d3).mul(d).mul(d).mul(d).mul(d).div(1680.0));
        DoubleVector sc = VectorKernelMath.expm1NonPositive(q0.neg().mul(d)).add(1.0);
        DoubleVector nr = d.mul(c0r).sub(s0r);
        DoubleVector ni = d.mul(c0i).sub(s0i);
        DoubleVector den = lr.mul(lr).add(li.mul(li)).mul(2.0);
        DoubleVector dsr = nr.mul(lr).add(ni.mul(li)).div(den).blend(sc.mul(ar), series);
        DoubleVector dsi = ni.mul(lr).sub(nr.mul(li)).div(den).blend(sc.mul(ai), series);
        DoubleVector halfD = d.mul(0.5);
        halfD.mul(s0r).intoArray(out, DCR * count + i);
        halfD.mul(s0i).intoArray(out, DCI * count + i);
        dsr.intoArray(out, DSR * count + i);
        dsi.intoArray(out, DSI * count + i);
        s0r.add(lr.mul(dsr).sub(li.mul(dsi))).intoArray(out, UR * count + i);
        s0i.add(lr.mul(dsi).add(li.mul(dsr))).intoArray(out, UI * count + i);
    }
}

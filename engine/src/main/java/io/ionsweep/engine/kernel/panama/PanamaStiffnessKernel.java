package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

import io.ionsweep.engine.kernel.ScalarStiffnessKernel;
import io.ionsweep.engine.kernel.StiffnessKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API {@link StiffnessKernel}: one pair per lane, {@link ScalarStiffnessKernel#one}'s
 * operations lane by lane (the allowed, forbidden and empty cases that some lane takes computed and
 * blended), pairs that do not fill a vector the scalar way. The sines go through the output's diagonal
 * and coupling rows, which the second stage overwrites (see {@link PanamaComplexSliceKernel} for why stages).
 *
 * <p>Do not reference this class directly: {@code KernelProvider} loads it only when the incubator
 * module is present.
 */
public final class PanamaStiffnessKernel implements StiffnessKernel {
    private static final int SIN = DIAGONAL;
    private static final int COS = COUPLING;

    @Override
    public String name() {
        return "vector(" + DOUBLES.length() + " lanes)";
    }

    @Override
    public void stiffness(double[] potentialEv, double[] widthA, int count, double factor, double energyEv,
                          double[] out) {
        int bound = DOUBLES.loopBound(count);
        for (int i = 0; i < bound; i += DOUBLES.length()) {
            int kinds = kinds(potentialEv, factor, energyEv, i);
            if ((kinds & ALLOWED) != 0) {
                sines(potentialEv, widthA, count, factor, energyEv, out, i);
            }
            terms(potentialEv, widthA, count, factor, energyEv, out, i, kinds);
        }
        for (int p = bound; p < count; p++) {
            ScalarStiffnessKernel.one(potentialEv[p], widthA[p], factor, energyEv, out, count, p);
        }
    }

    /** A vector has lanes of these kinds: allowed (lambda < 0), forbidden (lambda > 0), neither (lambda = 0). */
    private static final int ALLOWED = 1;
    private static final int FORBIDDEN = 2;
    private static final int EMPTY = 4;

    /**
     * The kinds of the vector's lanes. Consecutive slices of a layer cut for the bias are usually all one kind,
     * and a branch no lane takes is skipped: the lanes that take it get the same bits either way.
     */
    private static int kinds(double[] v, double factor, double energyEv, int i) {
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, v, i).sub(energyEv).mul(factor);
        VectorMask<Double> allowed = lambda.compare(VectorOperators.LT, 0.0);
        VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
        return (allowed.anyTrue() ? ALLOWED : 0) | (forbidden.anyTrue() ? FORBIDDEN : 0)
                | (allowed.or(forbidden).allTrue() ? 0 : EMPTY);
    }

    /** sin and cos of |lambda|^(1/2) d into the SIN and COS rows. */
    private static void sines(double[] v, double[] w, int count, double factor, double energyEv, double[] out, int i) {
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, v, i).sub(energyEv).mul(factor);
        DoubleVector x = lambda.abs().sqrt().mul(DoubleVector.fromArray(DOUBLES, w, i));
        VectorKernelMath.sinCosNonNegative(x, out, SIN * count + i, COS * count + i);
    }

    private static void terms(double[] v, double[] w, int count, double factor, double energyEv, double[] out, int i,
                              int kinds) {
        DoubleVector d = DoubleVector.fromArray(DOUBLES, w, i);
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, v, i).sub(energyEv).mul(factor);
        DoubleVector k = lambda.abs().sqrt();
        DoubleVector x = k.mul(d);
        VectorMask<Double> allowed = lambda.compare(VectorOperators.LT, 0.0);
        VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
        DoubleVector clamped = DoubleVector.zero(DOUBLES);
        // empty: 1/d in both rows (lanes of no kind keep what they start with)
        DoubleVector diagonal = (kinds & EMPTY) != 0 ? d.broadcast(1.0).div(d) : clamped;
        DoubleVector coupling = diagonal;
        if ((kinds & ALLOWED) != 0) {
            // allowed: floor(kd / pi) (truncation: kd >= 0), k cos / sin, k / sin
            DoubleVector sin = DoubleVector.fromArray(DOUBLES, out, SIN * count + i);
            DoubleVector cos = DoubleVector.fromArray(DOUBLES, out, COS * count + i);
            DoubleVector floor = (DoubleVector) ((LongVector) x.div(Math.PI).convert(VectorOperators.D2L, 0))
                    .convert(VectorOperators.L2D, 0);
            clamped = clamped.blend(floor, allowed);
            diagonal = diagonal.blend(k.mul(cos).div(sin), allowed);
            coupling = coupling.blend(k.div(sin), allowed);
        }
        if ((kinds & FORBIDDEN) != 0) {
            // forbidden: t = e^{-qd}, 1 - t^2 (or -expm1(-2qd) for small qd)
            DoubleVector t = VectorKernelMath.expNonPositive(x.neg());
            DoubleVector oneMinus = t.mul(t).neg().add(1.0);
            VectorMask<Double> small = x.compare(VectorOperators.LT, ScalarStiffnessKernel.SMALL_QD).and(forbidden);
            if (small.anyTrue()) {
                oneMinus = oneMinus.blend(VectorKernelMath.expm1NonPositive(x.mul(-2.0)).neg(), small);
            }
            diagonal = diagonal.blend(k.mul(oneMinus.neg().add(2.0)).div(oneMinus), forbidden);
            coupling = coupling.blend(k.mul(2.0).mul(t).div(oneMinus), forbidden);
        }
        clamped.intoArray(out, CLAMPED * count + i);
        diagonal.intoArray(out, DIAGONAL * count + i);
        coupling.intoArray(out, COUPLING * count + i);
    }
}

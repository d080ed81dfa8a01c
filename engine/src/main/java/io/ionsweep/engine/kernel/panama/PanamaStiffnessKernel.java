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
 * operations lane by lane (the allowed, forbidden and empty cases computed and blended), pairs that do
 * not fill a vector the scalar way. The sines go through the output's diagonal and coupling rows, which
 * the second stage overwrites (see {@link PanamaComplexSliceKernel} for why stages).
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
            sines(potentialEv, widthA, count, factor, energyEv, out, i);
            terms(potentialEv, widthA, count, factor, energyEv, out, i);
        }
        for (int p = bound; p < count; p++) {
            ScalarStiffnessKernel.one(potentialEv[p], widthA[p], factor, energyEv, out, count, p);
        }
    }

    /** sin and cos of |lambda|^(1/2) d into the SIN and COS rows. */
    private static void sines(double[] v, double[] w, int count, double factor, double energyEv, double[] out, int i) {
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, v, i).sub(energyEv).mul(factor);
        DoubleVector x = lambda.abs().sqrt().mul(DoubleVector.fromArray(DOUBLES, w, i));
        VectorKernelMath.sinCosNonNegative(x, out, SIN * count + i, COS * count + i);
    }

    private static void terms(double[] v, double[] w, int count, double factor, double energyEv, double[] out, int i) {
        DoubleVector d = DoubleVector.fromArray(DOUBLES, w, i);
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, v, i).sub(energyEv).mul(factor);
        DoubleVector k = lambda.abs().sqrt();
        DoubleVector x = k.mul(d);
        DoubleVector sin = DoubleVector.fromArray(DOUBLES, out, SIN * count + i);
        DoubleVector cos = DoubleVector.fromArray(DOUBLES, out, COS * count + i);
        // allowed: floor(kd / pi) (truncation: kd >= 0), k cos / sin, k / sin
        DoubleVector clamped = (DoubleVector) ((LongVector) x.div(Math.PI).convert(VectorOperators.D2L, 0))
                .convert(VectorOperators.L2D, 0);
        DoubleVector allowedDiagonal = k.mul(cos).div(sin);
        DoubleVector allowedCoupling = k.div(sin);
        // forbidden: t = e^{-qd}, 1 - t^2 (or -expm1(-2qd) for small qd)
        DoubleVector t = VectorKernelMath.expNonPositive(x.neg());
        DoubleVector oneMinus = t.mul(t).neg().add(1.0)
                .blend(VectorKernelMath.expm1NonPositive(x.mul(-2.0)).neg(),
                        x.compare(VectorOperators.LT, ScalarStiffnessKernel.SMALL_QD));
        DoubleVector forbiddenDiagonal = k.mul(oneMinus.neg().add(2.0)).div(oneMinus);
        DoubleVector forbiddenCoupling = k.mul(2.0).mul(t).div(oneMinus);
        DoubleVector empty = d.broadcast(1.0).div(d);
        VectorMask<Double> allowed = lambda.compare(VectorOperators.LT, 0.0);
        VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        zero.blend(clamped, allowed).intoArray(out, CLAMPED * count + i);
        empty.blend(allowedDiagonal, allowed).blend(forbiddenDiagonal, forbidden).intoArray(out, DIAGONAL * count + i);
        empty.blend(allowedCoupling, allowed).blend(forbiddenCoupling, forbidden).intoArray(out, COUPLING * count + i);
    }
}

package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

import io.ionsweep.engine.kernel.ScalarStiffnessKernel;
import io.ionsweep.engine.kernel.StiffnessKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The Vector API {@link StiffnessKernel}: {@link ScalarStiffnessKernel#one}'s operations lane by lane (the
 * allowed, forbidden and empty cases that some lane takes computed and blended). The terms at one energy take
 * one pair per lane, pairs that do not fill a vector the scalar way; the counts of a profile with at least as
 * many pairs as lanes take one energy per lane, for every pair and then down the pivots, a last part vector
 * padded with its last energy (other profiles' counts go one energy at a time). The sines go through
 * the output's diagonal and coupling rows, which the second stage overwrites (see
 * {@link PanamaComplexSliceKernel} for why stages).
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
            // lambda waits in the clamped row, which the last stage writes
            int lambdaAt = CLAMPED * count + i;
            DoubleVector.fromArray(DOUBLES, potentialEv, i).sub(energyEv).mul(factor).intoArray(out, lambdaAt);
            stages(out, lambdaAt, widthA, i, out, CLAMPED * count + i, DIAGONAL * count + i, COUPLING * count + i);
        }
        for (int p = bound; p < count; p++) {
            ScalarStiffnessKernel.one(potentialEv[p], widthA[p], factor, energyEv, out, count, p);
        }
    }

    @Override
    public int countScratch(int pairCount) {
        // the terms of every pair per lane, a pair's width in every lane, and the energies' (then counts') lanes
        return (ROWS * pairCount + 2) * DOUBLES.length();
    }

    @Override
    public void counts(double[] potentialEv, double[] widthA, int pairCount, int[] pairOf, int sliceCount,
                       double factor, double[] energyEv, int n, int[] out, double[] scratch) {
        int lanes = DOUBLES.length();
        // Fewer pairs than lanes (an unbiased filter's two or three): one energy at a time, the terms the scalar
        // way as before. The lanes would make such a count about 2.5 times as fast (75 -> 30 ns), but that is 2 %
        // of a configuration, less than the JIT's warm-up of this vector code costs a run of a few thousand.
        boolean inLanes = pairCount >= lanes;
        int bound = inLanes ? DOUBLES.loopBound(n) : 0;
        for (int i = 0; i < bound; i += lanes) {
            countLanes(potentialEv, widthA, pairCount, pairOf, sliceCount, factor, energyEv, i, scratch);
            store(scratch, pairCount, out, i, lanes);
        }
        int rest = n - bound;
        if (inLanes && rest > lanes / 2) {
            // padded with the last energy, through the scratch's last row (a masked load is slower)
            int pad = (ROWS * pairCount + 1) * lanes;
            for (int l = 0; l < lanes; l++) {
                scratch[pad + l] = energyEv[bound + Math.min(l, rest - 1)];
            }
            countLanes(potentialEv, widthA, pairCount, pairOf, sliceCount, factor, scratch, pad, scratch);
            store(scratch, pairCount, out, bound, rest);
        } else {
            // (or a few energies left: one at a time costs less than a vector of mostly idle lanes)
            for (int i = bound; i < n; i++) {
                stiffness(potentialEv, widthA, pairCount, factor, energyEv[i], scratch);
                out[i] = ScalarStiffnessKernel.count(scratch, pairCount, pairOf, sliceCount);
            }
        }
    }

    /**
     * The counts at the energies energyEv[at..at + lanes) into the scratch's last row; on the way, pair k's terms in
     * its rows (row * m + k, lanes wide each) and a pair's width, broadcast, in row ROWS * m.
     */
    private static void countLanes(double[] potentialEv, double[] widthA, int m, int[] pairOf, int sliceCount,
                                   double factor, double[] energyEv, int at, double[] s) {
        int lanes = DOUBLES.length();
        int widthAt = ROWS * m * lanes;
        DoubleVector e = DoubleVector.fromArray(DOUBLES, energyEv, at);
        for (int k = 0; k < m; k++) {
            // lambda waits in the pair's clamped row, which the last stage writes
            int lambdaAt = (CLAMPED * m + k) * lanes;
            DoubleVector.broadcast(DOUBLES, potentialEv[k]).sub(e).mul(factor).intoArray(s, lambdaAt);
            DoubleVector.broadcast(DOUBLES, widthA[k]).intoArray(s, widthAt);
            stages(s, lambdaAt, s, widthAt, s, lambdaAt, (DIAGONAL * m + k) * lanes, (COUPLING * m + k) * lanes);
        }
        // ScalarStiffnessKernel.count, lane by lane (the count an exact integer in a double)
        int k = pairOf[0];
        DoubleVector count = DoubleVector.fromArray(DOUBLES, s, (CLAMPED * m + k) * lanes);
        DoubleVector pivot = DoubleVector.broadcast(DOUBLES, Double.POSITIVE_INFINITY);
        DoubleVector coupling = DoubleVector.zero(DOUBLES);
        for (int j = 1; j < sliceCount; j++) {
            int next = pairOf[j];
            DoubleVector diagonal = DoubleVector.fromArray(DOUBLES, s, (DIAGONAL * m + k) * lanes)
                    .add(DoubleVector.fromArray(DOUBLES, s, (DIAGONAL * m + next) * lanes));
            pivot = diagonal.sub(coupling.mul(coupling.div(pivot)));
            pivot = pivot.blend(-PIVOT_MIN, pivot.abs().compare(VectorOperators.LT, PIVOT_MIN));
            count = count.add(1.0, pivot.compare(VectorOperators.LT, 0.0));
            count = count.add(DoubleVector.fromArray(DOUBLES, s, (CLAMPED * m + next) * lanes));
            coupling = DoubleVector.fromArray(DOUBLES, s, (COUPLING * m + next) * lanes);
            k = next;
        }
        count.intoArray(s, (ROWS * m + 1) * lanes);
    }

    private static void store(double[] s, int m, int[] out, int at, int valid) {
        int from = (ROWS * m + 1) * DOUBLES.length();
        for (int l = 0; l < valid; l++) {
            out[at + l] = (int) s[from + l];
        }
    }

    /**
     * One vector's terms from lambda = f (V - E) and the widths d (held in arrays: a vector passed to a method the
     * JIT does not inline is boxed, and these stages are too large to be inlined).
     */
    private static void stages(double[] lambda, int lambdaAt, double[] d, int dAt, double[] out, int clampedAt,
                               int diagonalAt, int couplingAt) {
        int kinds = kinds(lambda, lambdaAt);
        if ((kinds & ALLOWED) != 0) {
            sines(lambda, lambdaAt, d, dAt, out, diagonalAt, couplingAt);
        }
        terms(lambda, lambdaAt, d, dAt, kinds, out, clampedAt, diagonalAt, couplingAt);
    }

    /** A vector has lanes of these kinds: allowed (lambda < 0), forbidden (lambda > 0), neither (lambda = 0). */
    private static final int ALLOWED = 1;
    private static final int FORBIDDEN = 2;
    private static final int EMPTY = 4;

    /**
     * The kinds of the vector's lanes. Consecutive slices of a layer cut for the bias (and nearby energies of
     * one slice) are usually all one kind, and a branch no lane takes is skipped: the lanes that take it get
     * the same bits either way.
     */
    private static int kinds(double[] lambdas, int at) {
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, lambdas, at);
        VectorMask<Double> allowed = lambda.compare(VectorOperators.LT, 0.0);
        VectorMask<Double> forbidden = lambda.compare(VectorOperators.GT, 0.0);
        return (allowed.anyTrue() ? ALLOWED : 0) | (forbidden.anyTrue() ? FORBIDDEN : 0)
                | (allowed.or(forbidden).allTrue() ? 0 : EMPTY);
    }

    /** sin and cos of |lambda|^(1/2) d into out from sinAt and cosAt. */
    private static void sines(double[] lambda, int lambdaAt, double[] d, int dAt, double[] out, int sinAt,
                              int cosAt) {
        DoubleVector x = DoubleVector.fromArray(DOUBLES, lambda, lambdaAt).abs().sqrt()
                .mul(DoubleVector.fromArray(DOUBLES, d, dAt));
        VectorKernelMath.sinCosNonNegative(x, out, sinAt, cosAt);
    }

    /**
     * The three rows from clampedAt (which may hold lambda), diagonalAt (holding the sines) and couplingAt (holding
     * the cosines).
     */
    private static void terms(double[] lambdas, int lambdaAt, double[] widths, int dAt, int kinds, double[] out,
                              int clampedAt, int diagonalAt, int couplingAt) {
        DoubleVector lambda = DoubleVector.fromArray(DOUBLES, lambdas, lambdaAt);
        DoubleVector d = DoubleVector.fromArray(DOUBLES, widths, dAt);
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
            DoubleVector sin = DoubleVector.fromArray(DOUBLES, out, diagonalAt);
            DoubleVector cos = DoubleVector.fromArray(DOUBLES, out, couplingAt);
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
        clamped.intoArray(out, clampedAt);
        diagonal.intoArray(out, diagonalAt);
        coupling.intoArray(out, couplingAt);
    }
}

package io.ionsweep.engine.kernel;

/** The reference {@link StiffnessKernel}: one pair at a time. */
public final class ScalarStiffnessKernel implements StiffnessKernel {
    /** Below this qd, 1 - e^{-2qd} is taken from expm1 (above it, 1 - t^2 loses under a bit). */
    public static final double SMALL_QD = 0.5;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void stiffness(double[] potentialEv, double[] widthA, int count, double factor, double energyEv,
                          double[] out) {
        for (int p = 0; p < count; p++) {
            one(potentialEv[p], widthA[p], factor, energyEv, out, count, p);
        }
    }

    @Override
    public int countScratch(int pairCount) {
        return ROWS * pairCount;
    }

    @Override
    public void counts(double[] potentialEv, double[] widthA, int pairCount, int[] pairOf, int sliceCount,
                       double factor, double[] energyEv, int n, int[] out, double[] scratch) {
        for (int i = 0; i < n; i++) {
            stiffness(potentialEv, widthA, pairCount, factor, energyEv[i], scratch);
            out[i] = count(scratch, pairCount, pairOf, sliceCount);
        }
    }

    /**
     * The count from one energy's terms, laid out in {@code terms} as {@link #stiffness} does ({@link #counts});
     * the vector kernel's lanes repeat these operations.
     */
    public static int count(double[] terms, int pairCount, int[] pairOf, int sliceCount) {
        int clamped = CLAMPED * pairCount;
        int diagonals = DIAGONAL * pairCount;
        int couplings = COUPLING * pairCount;
        int k = pairOf[0];
        int count = (int) terms[clamped + k];
        double pivot = Double.POSITIVE_INFINITY;
        double coupling = 0;
        for (int j = 1; j < sliceCount; j++) {
            int next = pairOf[j];
            double diagonal = terms[diagonals + k] + terms[diagonals + next];
            pivot = diagonal - coupling * (coupling / pivot);
            if (Math.abs(pivot) < PIVOT_MIN) {
                pivot = -PIVOT_MIN;
            }
            if (pivot < 0) {
                count++;
            }
            count += (int) terms[clamped + next];
            coupling = terms[couplings + next];
            k = next;
        }
        return count;
    }

    /** The terms of one pair into {@code out[row * stride + p]}; the vector kernel's lanes repeat these operations. */
    public static void one(double potentialEv, double d, double factor, double energyEv, double[] out, int stride,
                           int p) {
        double lambda = factor * (potentialEv - energyEv);
        double clamped = 0;
        double diagonal;
        double coupling;
        if (lambda < 0) {
            double k = Math.sqrt(-lambda);
            double kd = k * d;
            double sin = KernelMath.sinNonNegative(kd);
            clamped = (long) (kd / Math.PI);
            diagonal = k * KernelMath.cosNonNegative(kd) / sin;
            coupling = k / sin;
        } else if (lambda > 0) {
            double q = Math.sqrt(lambda);
            double qd = q * d;
            double t = KernelMath.expNonPositive(-qd);
            // 1 - e^{-2qd}: from expm1 where it would cancel, from t where it cannot (one exp saved)
            double oneMinus = qd < SMALL_QD ? -KernelMath.expm1NonPositive(-2 * qd) : 1 - t * t;
            diagonal = q * (2 - oneMinus) / oneMinus;
            coupling = 2 * q * t / oneMinus;
        } else {
            diagonal = 1 / d;
            coupling = 1 / d;
        }
        out[CLAMPED * stride + p] = clamped;
        out[DIAGONAL * stride + p] = diagonal;
        out[COUPLING * stride + p] = coupling;
    }
}

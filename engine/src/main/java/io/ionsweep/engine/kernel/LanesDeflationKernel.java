package io.ionsweep.engine.kernel;

/**
 * The vector {@link DeflationKernel}'s arithmetic done one lane at a time, so that it gives the vector
 * kernel's results bit for bit and {@link ScalarFirst} can run it while the vector kernel is not yet
 * compiled. Each of 2 x {@code lanes} chains carries P and P' by the product rule over every (2 lanes)-th
 * zero, with the same fused multiply-adds, the same rescaling by exact powers of two every
 * {@link #RESCALE_EVERY} rounds and the same combination at the end; zeros that do not fill a round go
 * one by one as in {@link ScalarDeflationKernel}, the reference, which rounds differently.
 */
public final class LanesDeflationKernel implements DeflationKernel {
    /** Rounds between rescales (the vector kernel's). */
    static final int RESCALE_EVERY = 8;
    private static final long EXPONENT_BIAS = 1023;
    private static final int MANTISSA_BITS = 52;
    private static final long MAGNITUDE_BITS = Long.MAX_VALUE;

    private final int lanes;

    /** @param lanes the vector kernel's lanes (doubles per vector) */
    public LanesDeflationKernel(int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
        }
        this.lanes = lanes;
    }

    @Override
    public String name() {
        return "scalar(" + lanes + " lanes)";
    }

    @Override
    public double[] newBuffer() {
        // per chain: P (re, im), P' (re, im)
        return new double[OUT_LENGTH + 4 * 2 * lanes];
    }

    @Override
    public void divideOut(double eRe, double eIm, double[] zRe, double[] zIm, int count, double[] out) {
        int bound = count - count % (2 * lanes);
        if (bound > 0) {
            rounds(eRe, eIm, zRe, zIm, bound, out);
        }
        afterRounds(eRe, eIm, zRe, zIm, bound, count, out);
    }

    /**
     * The end of either lanes kernel's {@code divideOut}: the zeros [bound, count) that do not fill a round one
     * by one (from P = 1, S = 0 when {@code bound} is 0), then P's mantissa normalised to [1, 2).
     */
    public static void afterRounds(double eRe, double eIm, double[] zRe, double[] zIm, int bound, int count,
                                   double[] out) {
        if (bound == 0) {
            out[PRODUCT_RE] = 1;
            out[PRODUCT_IM] = 0;
            out[PRODUCT_EXPONENT] = 0;
            out[SUM_RE] = 0;
            out[SUM_IM] = 0;
        }
        ScalarDeflationKernel.oneByOne(eRe, eIm, zRe, zIm, bound, count, out);
        out[PRODUCT_EXPONENT] += normalise(out, out[PRODUCT_RE], out[PRODUCT_IM]);
    }

    /** The chains over zeros [0, bound), combined into the output as the vector kernel combines its lanes. */
    private void rounds(double eRe, double eIm, double[] zRe, double[] zIm, int bound, double[] buf) {
        int chains = 2 * lanes;
        int base = OUT_LENGTH;
        double exponent = 0;
        for (int c = 0; c < chains; c++) {
            // chain c: zeros c, c + chains, c + 2 chains, ... (chain a of the vector kernel is lanes 0..lanes-1)
            double ar = 1;
            double ai = 0;
            double adr = 0;
            double adi = 0;
            long ea = 0;
            int count = 0;
            for (int k = c; k < bound; k += chains) {
                double dr = eRe - zRe[k];
                double di = eIm - zIm[k];
                double t = Math.fma(adr, dr, ar - adi * di);
                adi = Math.fma(adr, di, Math.fma(adi, dr, ai));
                adr = t;
                t = ar * dr - ai * di;
                ai = Math.fma(ar, di, ai * dr);
                ar = t;
                if (++count == RESCALE_EVERY) {
                    count = 0;
                    long s = Math.max(Math.max(Double.doubleToRawLongBits(ar) & MAGNITUDE_BITS,
                            Double.doubleToRawLongBits(ai) & MAGNITUDE_BITS) >>> MANTISSA_BITS, 1L);
                    double x = Double.longBitsToDouble((2 * EXPONENT_BIAS - s) << MANTISSA_BITS);
                    ar *= x;
                    ai *= x;
                    adr *= x;
                    adi *= x;
                    ea += s;
                }
            }
            buf[base + 4 * c] = ar;
            buf[base + 4 * c + 1] = ai;
            buf[base + 4 * c + 2] = adr;
            buf[base + 4 * c + 3] = adi;
            exponent += ea;
        }
        combine(buf, bound / chains / RESCALE_EVERY, exponent);
    }

    /** S = the sum of P'/P over the chains in lane order, P = their product: the vector kernel's combination. */
    private void combine(double[] buf, int rescales, double exponentSums) {
        int chains = 2 * lanes;
        int base = OUT_LENGTH;
        double exponent = -2.0 * lanes * EXPONENT_BIAS * rescales;
        double sr = 0;
        double si = 0;
        for (int c = 0; c < chains; c++) {
            double r = buf[base + 4 * c];
            double i = buf[base + 4 * c + 1];
            double dr = buf[base + 4 * c + 2];
            double di = buf[base + 4 * c + 3];
            double norm = r * r + i * i;
            sr += (dr * r + di * i) / norm;
            si += (di * r - dr * i) / norm;
        }
        buf[PRODUCT_RE] = 1;
        buf[PRODUCT_IM] = 0;
        exponent += timesLanes(buf, buf, base, base + 1, 4, chains);
        buf[PRODUCT_EXPONENT] = exponent + exponentSums;
        buf[SUM_RE] = sr;
        buf[SUM_IM] = si;
    }

    /**
     * Multiplies the product in {@code out[PRODUCT_RE]}, {@code out[PRODUCT_IM]} by the {@code n} lane values
     * (re at {@code reAt + j * stride}, im at {@code imAt + j * stride} in {@code lanes}) in lane order and
     * normalises it as {@link #timesLane} after each would, bit for bit; returns the exponent the caller adds
     * to P's. Each lane's value is scaled to a largest part in [1, 2) first, so the running product stays within
     * [2^-0.5, 2^(1.5 (n + 1))] and needs no rescaling step by step: the scalings are exact powers of two, under
     * which products and sums round alike, so only where a lane is zero or not normal (never seen) does this
     * go lane by lane through timesLane instead. The step-by-step rescaling was a chain of dependent
     * operations that C2 cannot overlap, 5 % of a run's samples.
     */
    public static int timesLanes(double[] out, double[] lanes, int reAt, int imAt, int stride, int n) {
        int sum = 0;
        double pr = out[PRODUCT_RE];
        double pi = out[PRODUCT_IM];
        for (int j = 0; j < n; j++) {
            double mr = lanes[reAt + j * stride];
            double mi = lanes[imAt + j * stride];
            int e = Math.getExponent(Math.max(Math.abs(mr), Math.abs(mi)));
            if (e < Double.MIN_EXPONENT || e > Double.MAX_EXPONENT) {
                // out is untouched until the end: start again the long way
                return timesEachLane(out, lanes, reAt, imAt, stride, n);
            }
            sum += e;
            double s = FastMath.powerOfTwo(-e);
            mr *= s;
            mi *= s;
            double t = pr * mr - pi * mi;
            pi = pr * mi + pi * mr;
            pr = t;
        }
        return sum + normalise(out, pr, pi);
    }

    /** {@link #timesLanes} the long way: {@link #timesLane} for each lane. */
    static int timesEachLane(double[] out, double[] lanes, int reAt, int imAt, int stride, int n) {
        int sum = 0;
        for (int j = 0; j < n; j++) {
            sum += timesLane(out, lanes[reAt + j * stride], lanes[imAt + j * stride]);
        }
        return sum;
    }

    /**
     * Multiplies the product in {@code out[PRODUCT_RE]}, {@code out[PRODUCT_IM]} by a lane's (mr + i mi) and
     * normalises it by an exact power of two, as either lanes kernel combines its lanes; returns that power's
     * exponent, which the caller adds to P's.
     */
    static int timesLane(double[] out, double mr, double mi) {
        double pr = out[PRODUCT_RE];
        double pi = out[PRODUCT_IM];
        return normalise(out, pr * mr - pi * mi, pr * mi + pi * mr);
    }

    /**
     * P = pr + i pi scaled by an exact power of two to a largest part in [1, 2), into the output; returns that
     * power's exponent.
     */
    private static int normalise(double[] out, double pr, double pi) {
        int e = Math.getExponent(Math.max(Math.abs(pr), Math.abs(pi)));
        double s = FastMath.powerOfTwo(-e);
        out[PRODUCT_RE] = pr * s;
        out[PRODUCT_IM] = pi * s;
        return e;
    }
}

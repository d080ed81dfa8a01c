package io.ionsweep.engine.kernel;

/** The reference {@link DeflationKernel}: four partial products side by side, one division per zero. */
public final class ScalarDeflationKernel implements DeflationKernel {
    /** Rescale the partial products by a power of two after this many rounds (no overflow). */
    private static final int RESCALE_EVERY = 8;
    /** Partial products kept side by side. */
    private static final int LANES = 4;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void divideOut(double eRe, double eIm, double[] zRe, double[] zIm, int count, double[] out) {
        // Four independent partial products (one per residue of k mod 4) keep the multiplier pipelines busy
        // instead of waiting on one serial chain.
        double pr0 = 1, pi0 = 0, pr1 = 1, pi1 = 0, pr2 = 1, pi2 = 0, pr3 = 1, pi3 = 0;
        double sr = 0;
        double si = 0;
        long exponent = 0;
        int k = 0;
        for (; k + LANES <= count; k += LANES) {
            double dr0 = eRe - zRe[k], di0 = eIm - zIm[k];
            double dr1 = eRe - zRe[k + 1], di1 = eIm - zIm[k + 1];
            double dr2 = eRe - zRe[k + 2], di2 = eIm - zIm[k + 2];
            double dr3 = eRe - zRe[k + 3], di3 = eIm - zIm[k + 3];
            double t;
            t = pr0 * dr0 - pi0 * di0; pi0 = pr0 * di0 + pi0 * dr0; pr0 = t;
            t = pr1 * dr1 - pi1 * di1; pi1 = pr1 * di1 + pi1 * dr1; pr1 = t;
            t = pr2 * dr2 - pi2 * di2; pi2 = pr2 * di2 + pi2 * dr2; pr2 = t;
            t = pr3 * dr3 - pi3 * di3; pi3 = pr3 * di3 + pi3 * dr3; pr3 = t;
            double inv0 = 1 / (dr0 * dr0 + di0 * di0);
            double inv1 = 1 / (dr1 * dr1 + di1 * di1);
            double inv2 = 1 / (dr2 * dr2 + di2 * di2);
            double inv3 = 1 / (dr3 * dr3 + di3 * di3);
            sr += dr0 * inv0 + dr1 * inv1 + dr2 * inv2 + dr3 * inv3;
            si += di0 * inv0 + di1 * inv1 + di2 * inv2 + di3 * inv3;
            if ((k / LANES) % RESCALE_EVERY == RESCALE_EVERY - 1) {
                int e0 = Math.getExponent(Math.max(Math.abs(pr0), Math.abs(pi0)));
                int e1 = Math.getExponent(Math.max(Math.abs(pr1), Math.abs(pi1)));
                int e2 = Math.getExponent(Math.max(Math.abs(pr2), Math.abs(pi2)));
                int e3 = Math.getExponent(Math.max(Math.abs(pr3), Math.abs(pi3)));
                double s0 = FastMath.powerOfTwo(-e0), s1 = FastMath.powerOfTwo(-e1);
                double s2 = FastMath.powerOfTwo(-e2), s3 = FastMath.powerOfTwo(-e3);
                pr0 *= s0; pi0 *= s0; pr1 *= s1; pi1 *= s1; pr2 *= s2; pi2 *= s2; pr3 *= s3; pi3 *= s3;
                exponent += (long) e0 + e1 + e2 + e3;
            }
        }
        // the partial products are within [1, 2^RESCALE_EVERY times the factors] of 1: combine them
        double pr = pr0 * pr1 - pi0 * pi1;
        double pi = pr0 * pi1 + pi0 * pr1;
        double qr = pr2 * pr3 - pi2 * pi3;
        double qi = pr2 * pi3 + pi2 * pr3;
        int ep = Math.getExponent(Math.max(Math.abs(pr), Math.abs(pi)));
        int eq = Math.getExponent(Math.max(Math.abs(qr), Math.abs(qi)));
        double sp = FastMath.powerOfTwo(-ep);
        double sq = FastMath.powerOfTwo(-eq);
        pr *= sp; pi *= sp; qr *= sq; qi *= sq;
        exponent += (long) ep + eq;
        double t = pr * qr - pi * qi;
        pi = pr * qi + pi * qr;
        pr = t;
        out[PRODUCT_RE] = pr;
        out[PRODUCT_IM] = pi;
        out[PRODUCT_EXPONENT] = exponent;
        // sum of conj(d) / |d|^2
        out[SUM_RE] = sr;
        out[SUM_IM] = -si;
        oneByOne(eRe, eIm, zRe, zIm, k, count, out);
    }

    /**
     * Multiplies the factors E - z_k, k in [from, to), into the product in {@code out} and adds their
     * 1/(E - z_k) to its sum, one zero at a time: the zeros that do not fill a round, in either kernel.
     */
    public static void oneByOne(double eRe, double eIm, double[] zRe, double[] zIm, int from, int to, double[] out) {
        double pr = out[PRODUCT_RE];
        double pi = out[PRODUCT_IM];
        double sr = out[SUM_RE];
        double si = out[SUM_IM];
        for (int k = from; k < to; k++) {
            double dr = eRe - zRe[k];
            double di = eIm - zIm[k];
            double nr = pr * dr - pi * di;
            pi = pr * di + pi * dr;
            pr = nr;
            double inv = 1 / (dr * dr + di * di);
            sr += dr * inv;
            si -= di * inv;
        }
        out[PRODUCT_RE] = pr;
        out[PRODUCT_IM] = pi;
        out[SUM_RE] = sr;
        out[SUM_IM] = si;
    }
}

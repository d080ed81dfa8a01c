package io.ionsweep.engine.kernel;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * A backward-stable function whose zeros are the resonance poles: the determinant of the global
 * matching system, continued to complex energy.
 *
 * <p>Why: propagating one solution across the profile (as {@link ComplexIncidentAmplitude} does) loses
 * the information that splits the multiplets of multi-well profiles: inside a chain of wells the
 * quasi-bound state must cross barriers in the direction where it decays, and rounding errors there
 * grow by e^{qd} per barrier. The global system instead holds, for every slice, two coefficients of
 * basis functions bounded by 1 on the slice (e^{q(s-d)} and e^{-qs} where the slice is opaque,
 * cosh(qs) and sinh(qs)/q elsewhere), the outgoing amplitudes of both leads, and two continuity
 * equations per interface. LU with partial pivoting on this banded system is backward stable, so a
 * computed zero is exact for a profile perturbed by about one rounding error.
 *
 * <p>The determinant is returned divided by the basis-change factors -2 q e^{-qd} of the opaque
 * slices, which makes it the determinant in the (cosh, sinh/q) basis: analytic in E and independent
 * of which basis each slice used. Derivative rows are divided by a fixed wave number so the rows are
 * balanced for pivoting. Not thread-safe: one instance per thread (it reuses its matrix).
 */
public final class GlobalMatrixDeterminant {
    /** Slices with Re(q) d above this use the exponential basis. */
    private static final double OPAQUE_LIMIT = 1.0;
    /** Lower and upper bandwidth of the system before pivoting. */
    private static final int KL = 2;
    private static final int KU = 2;
    /** Stored entries per row: columns row - KL .. row + KU + KL (pivoting fills KL more above). */
    private static final int W = 2 * KL + KU + 1;
    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);
    /**
     * The running product is brought back near 1 (by an exact power of two) only when its binary
     * exponent leaves +-this: a multiplication by any pivot above 2^-800 then stays a normal double.
     */
    private static final int RESCALE_EXPONENT = 200;

    private final Staircase profile;
    private final double factor;
    private final double derivativeScale;
    /** ln s^(2(N+1)): the derivative rows' scale in T from the determinant. */
    private final double lnScaleFactor;
    private final int n;
    private final double[] re;
    private final double[] im;
    private final double[] q = new double[2];
    private final double[] k = new double[2];
    private final double[] detOut = new double[3];
    /** Output of evaluate for log10Transmission (detOut, its scratch, cannot be its output too). */
    private final double[] realOut = new double[3];
    private final DistinctSlices pairs;
    /** Per distinct slice pair at the current energy: q, lambda, opaque basis terms, cosh/sinh terms. */
    private final double[] pQr;
    private final double[] pQi;
    private final double[] pLr;
    private final double[] pLi;
    private final boolean[] pOpaque;
    private final double[] pEr;
    private final double[] pEi;
    private final double[] pLog;
    private final double[] pPr;
    private final double[] pPi;
    private final double[] pPm;
    private final double[] pCr;
    private final double[] pCi;
    private final double[] pSr;
    private final double[] pSi;

    public GlobalMatrixDeterminant(Staircase profile, double massU) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        double lo = Math.min(profile.leadLeftEv(), profile.leadRightEv());
        double hi = profile.maxPotentialEv();
        for (int j = 0; j < profile.sliceCount(); j++) {
            lo = Math.min(lo, profile.potentialEv(j));
        }
        // A fixed (energy-independent, so the determinant stays analytic) wave number of the profile.
        this.derivativeScale = 1.0 / Math.sqrt(factor * Math.max(hi - lo, 1e-6));
        this.lnScaleFactor = 2 * (profile.sliceCount() + 1) * Math.log(derivativeScale);
        this.n = 2 * profile.sliceCount() + 2;
        this.re = new double[n * W];
        this.im = new double[n * W];
        this.pairs = new DistinctSlices(profile);
        int m = pairs.count();
        pQr = new double[m];
        pQi = new double[m];
        pLr = new double[m];
        pLi = new double[m];
        pOpaque = new boolean[m];
        pEr = new double[m];
        pEi = new double[m];
        pLog = new double[m];
        pPr = new double[m];
        pPi = new double[m];
        pPm = new double[m];
        pCr = new double[m];
        pCi = new double[m];
        pSr = new double[m];
        pSi = new double[m];
    }

    /**
     * The determinant at E = eRe + i eIm as (mantissa re, mantissa im, natural-log scale) in {@code out}.
     */
    public void evaluate(double eRe, double eIm, double[] out) {
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        slicePairs(eRe, eIm);
        int slices = profile.sliceCount();
        double logCorrection = 0;
        double corrRe = 1;
        double corrIm = 0;
        // Column 0: left lead, psi = b e^{-i kL x}: value 1, derivative -i kL.
        ComplexIncidentAmplitude.sqrt(factor * (eRe - profile.leadLeftEv()), factor * eIm, k);
        set(0, 0, 1, 0);
        set(1, 0, k[1] * derivativeScale, -k[0] * derivativeScale);
        for (int j = 0; j < slices; j++) {
            int p = pairs.pairOf(j);
            int ca = 2 * j + 1;
            int cb = 2 * j + 2;
            int rowLeft = 2 * j;
            int rowRight = 2 * j + 2;
            double qr = pQr[p];
            double qi = pQi[p];
            // Equations: left interface rows get -(basis at s=0), right interface rows +(basis at s=d).
            if (pOpaque[p]) {
                // u = e^{q(s-d)}, v = e^{-qs}; e = e^{-qd}
                double er = pEr[p];
                double ei = pEi[p];
                // at s = 0: u = e, u' = q e; v = 1, v' = -q
                set(rowLeft, ca, -er, -ei);
                set(rowLeft + 1, ca, -(qr * er - qi * ei) * derivativeScale, -(qr * ei + qi * er) * derivativeScale);
                set(rowLeft, cb, -1, 0);
                set(rowLeft + 1, cb, qr * derivativeScale, qi * derivativeScale);
                // at s = d: u = 1, u' = q; v = e, v' = -q e
                set(rowRight, ca, 1, 0);
                set(rowRight + 1, ca, qr * derivativeScale, qi * derivativeScale);
                set(rowRight, cb, er, ei);
                set(rowRight + 1, cb, -(qr * er - qi * ei) * derivativeScale, -(qr * ei + qi * er) * derivativeScale);
                // divide the determinant by -2 q e^{-qd}
                logCorrection += pLog[p];
                double pr = pPr[p];
                double pi = pPi[p];
                double pm = pPm[p];
                double nr = corrRe * pr / pm - corrIm * pi / pm;
                corrIm = corrRe * pi / pm + corrIm * pr / pm;
                corrRe = nr;
            } else {
                // u = cosh(qs), v = sinh(qs)/q: at 0 (1, 0) and (0, 1); at d (C, lambda S) and (S, C)
                double lr = pLr[p];
                double li = pLi[p];
                double cr = pCr[p];
                double ci = pCi[p];
                double sr = pSr[p];
                double si = pSi[p];
                set(rowLeft, ca, -1, 0);
                set(rowLeft + 1, cb, -derivativeScale, 0);
                set(rowRight, ca, cr, ci);
                set(rowRight + 1, ca, (lr * sr - li * si) * derivativeScale, (lr * si + li * sr) * derivativeScale);
                set(rowRight, cb, sr, si);
                set(rowRight + 1, cb, cr * derivativeScale, ci * derivativeScale);
            }
        }
        // Last column: right lead, psi = t e^{i kR (x - L)}: -(1, i kR) at the last interface.
        ComplexIncidentAmplitude.sqrt(factor * (eRe - profile.leadRightEv()), factor * eIm, k);
        int last = n - 1;
        set(n - 2, last, -1, 0);
        set(n - 1, last, k[1] * derivativeScale, -k[0] * derivativeScale);
        double[] det = bandedDeterminant();
        // det / correction, the correction being exp(logCorrection) * (corrRe + i corrIm)
        out[0] = det[0] * corrRe + det[1] * corrIm;
        out[1] = det[1] * corrRe - det[0] * corrIm;
        out[2] = det[2] - logCorrection;
    }

    /**
     * log10 T(E) at a real energy above both leads, from the determinant: T = 4 kL kR s^(2(N+1)) / |D|^2,
     * with s the derivative rows' scale and N + 1 the interfaces (Cramer's rule on the matching system, whose
     * slice blocks are unimodular in the (cosh, sinh/q) basis). Backward stable, so its error near a resonance
     * is what moving the pole by a rounding of the potentials does (relative to Gamma), the condition of T
     * itself; the transfer-matrix kernels cancel much more there in chains of wells (on the flanks of a
     * four-site filter's Q = 3.9e10 resonance 1.3e-3 against this 4.8e-5).
     */
    public double log10Transmission(double eEv) {
        double kl = Math.sqrt(factor * (eEv - profile.leadLeftEv()));
        double kr = Math.sqrt(factor * (eEv - profile.leadRightEv()));
        evaluate(eEv, 0, realOut);
        double lnModulus = Math.log(ComplexIncidentAmplitude.modulus(realOut[0], realOut[1])) + realOut[2];
        double ln = Math.log(4 * kl * kr) + lnScaleFactor - 2 * lnModulus;
        return ln / LN10;
    }

    /** The energy-dependent quantities of each distinct (potential, width) pair of slices. */
    private void slicePairs(double eRe, double eIm) {
        for (int p = 0; p < pairs.count(); p++) {
            double d = pairs.widthA(p);
            double lr = factor * (pairs.potentialEv(p) - eRe);
            double li = -factor * eIm;
            ComplexIncidentAmplitude.sqrt(lr, li, q);
            double qr = q[0];
            double qi = q[1];
            pQr[p] = qr;
            pQi[p] = qi;
            pLr[p] = lr;
            pLi[p] = li;
            pOpaque[p] = qr * d > OPAQUE_LIMIT;
            if (pOpaque[p]) {
                double mag = Math.exp(-qr * d);
                double cos = Math.cos(-qi * d);
                double sin = Math.sin(-qi * d);
                double er = mag * cos;
                double ei = mag * sin;
                pEr[p] = er;
                pEi[p] = ei;
                pLog[p] = -qr * d + Math.log(2 * ComplexIncidentAmplitude.modulus(qr, qi));
                // -q e^{-qd} / |e^{-qd}|; where e^{-qd} falls below the normal range (Re(q) d > 708: a slice some
                // Angstrom thick for a heavy ion) its phase directly: er / mag was 0/0 there, and made the whole
                // determinant NaN
                double pr;
                double pi;
                if (mag >= Double.MIN_NORMAL) {
                    pr = -(qr * er - qi * ei) / mag;
                    pi = -(qr * ei + qi * er) / mag;
                } else {
                    pr = -(qr * cos - qi * sin);
                    pi = -(qr * sin + qi * cos);
                }
                pPr[p] = pr;
                pPi[p] = pi;
                pPm[p] = ComplexIncidentAmplitude.modulus(pr, pi);
            } else {
                coshSinh(qr, qi, d, p);
            }
        }
    }

    private void set(int row, int col, double vr, double vi) {
        re[at(row, col)] = vr;
        im[at(row, col)] = vi;
    }

    /** Band storage: row-major, W entries per row, the diagonal at offset KL. */
    private static int at(int row, int col) {
        return row * W + col - row + KL;
    }

    /** cosh(qd) and sinh(qd)/q of pair p for |Re(q) d| <= 1 (no overflow; the series near q = 0 keeps accuracy). */
    private void coshSinh(double qr, double qi, double d, int p) {
        double zr = qr * d;
        double zi = qi * d;
        double ch = FastMath.cosh(zr);
        double sh = FastMath.sinh(zr);
        double cosz = Math.cos(zi);
        double sinz = Math.sin(zi);
        double cr = ch * cosz;
        double ci = sh * sinz;
        double sr;
        double si;
        if (zr * zr + zi * zi < 1e-6) {
            // sinh(z)/q = d (1 + z^2/6 + z^4/120)
            double z2r = zr * zr - zi * zi;
            double z2i = 2 * zr * zi;
            double z4r = z2r * z2r - z2i * z2i;
            double z4i = 2 * z2r * z2i;
            sr = d * (1 + z2r / 6 + z4r / 120);
            si = d * (z2i / 6 + z4i / 120);
        } else {
            double nr = sh * cosz;
            double ni = ch * sinz;
            double qq = qr * qr + qi * qi;
            sr = (nr * qr + ni * qi) / qq;
            si = (ni * qr - nr * qi) / qq;
        }
        pCr[p] = cr;
        pCi[p] = ci;
        pSr[p] = sr;
        pSi[p] = si;
    }

    /** LU with partial pivoting restricted to the band; returns (mantissa re, im, log scale) of det. */
    private double[] bandedDeterminant() {
        long binaryExponent = 0;
        double dr = 1;
        double di = 0;
        for (int col = 0; col < n; col++) {
            int status = col + KL + KU < n ? interiorColumn(col) : edgeColumn(col);
            if (status == ZERO_PIVOT) {
                detOut[0] = 0;
                detOut[1] = 0;
                detOut[2] = 0;
                return detOut;
            }
            if (status == SWAPPED) {
                dr = -dr;
                di = -di;
            }
            // det *= pivot, kept near 1 by exact powers of two (no logarithm per column, and rarely a rescale)
            double pr = re[at(col, col)];
            double pi = im[at(col, col)];
            double nr = dr * pr - di * pi;
            di = dr * pi + di * pr;
            dr = nr;
            int e = Math.getExponent(Math.max(Math.abs(dr), Math.abs(di)));
            if (e > RESCALE_EXPONENT || e < -RESCALE_EXPONENT) {
                double scale = FastMath.powerOfTwo(-e);
                dr *= scale;
                di *= scale;
                binaryExponent += e;
            }
        }
        // normalised as if rescaled after every column, so the result does not depend on when it was
        int e = Math.getExponent(Math.max(Math.abs(dr), Math.abs(di)));
        double scale = FastMath.powerOfTwo(-e);
        detOut[0] = dr * scale;
        detOut[1] = di * scale;
        detOut[2] = (binaryExponent + e) * LN2;
        return detOut;
    }

    /** Results of one column's pivoting and elimination. */
    private static final int KEPT = 0;
    private static final int SWAPPED = 1;
    private static final int ZERO_PIVOT = -1;

    /** Pivot, swap and eliminate one column near the end of the band, where rows and columns run out. */
    private int edgeColumn(int col) {
        int lastRow = Math.min(n - 1, col + KL);
        int lastCol = Math.min(n - 1, col + KL + KU);
        int piv = col;
        double best = -1;
        for (int r = col; r <= lastRow; r++) {
            double m = Math.abs(re[at(r, col)]) + Math.abs(im[at(r, col)]);
            if (m > best) {
                best = m;
                piv = r;
            }
        }
        int status = KEPT;
        if (piv != col) {
            for (int c = col; c <= lastCol; c++) {
                int a = at(piv, c);
                int b = at(col, c);
                double tr = re[a];
                double ti = im[a];
                re[a] = re[b];
                im[a] = im[b];
                re[b] = tr;
                im[b] = ti;
            }
            status = SWAPPED;
        }
        double pr = re[at(col, col)];
        double pi = im[at(col, col)];
        double pm2 = pr * pr + pi * pi;
        if (pm2 == 0) {
            return ZERO_PIVOT;
        }
        double invR = pr / pm2;
        double invI = -pi / pm2;
        for (int r = col + 1; r <= lastRow; r++) {
            double ar = re[at(r, col)];
            double ai = im[at(r, col)];
            if (ar == 0 && ai == 0) {
                continue;
            }
            double fr = ar * invR - ai * invI;
            double fi = ar * invI + ai * invR;
            for (int c = col + 1; c <= lastCol; c++) {
                double br = re[at(col, c)];
                double bi = im[at(col, c)];
                re[at(r, c)] -= fr * br - fi * bi;
                im[at(r, c)] -= fr * bi + fi * br;
            }
        }
        return status;
    }

    /**
     * As {@link #edgeColumn} for an interior column (three candidate rows, four columns right of the pivot),
     * the same operations in the same order, written out: the loops' bounds and index arithmetic were most
     * of the determinant's time. Row r's entries of columns c, c + 1, ... are adjacent in the band storage.
     */
    private int interiorColumn(int col) {
        final double[] re = this.re;
        final double[] im = this.im;
        int a0 = at(col, col);
        int a1 = a0 + W - 1;
        int a2 = a1 + W - 1;
        int piv = a0;
        double best = -1;
        double m = Math.abs(re[a0]) + Math.abs(im[a0]);
        if (m > best) {
            best = m;
        }
        m = Math.abs(re[a1]) + Math.abs(im[a1]);
        if (m > best) {
            best = m;
            piv = a1;
        }
        m = Math.abs(re[a2]) + Math.abs(im[a2]);
        if (m > best) {
            piv = a2;
        }
        int status = KEPT;
        if (piv != a0) {
            for (int c = 0; c <= KL + KU; c++) {
                double tr = re[piv + c];
                double ti = im[piv + c];
                re[piv + c] = re[a0 + c];
                im[piv + c] = im[a0 + c];
                re[a0 + c] = tr;
                im[a0 + c] = ti;
            }
            status = SWAPPED;
        }
        double pr = re[a0];
        double pi = im[a0];
        double pm2 = pr * pr + pi * pi;
        if (pm2 == 0) {
            return ZERO_PIVOT;
        }
        double invR = pr / pm2;
        double invI = -pi / pm2;
        double b1r = re[a0 + 1];
        double b1i = im[a0 + 1];
        double b2r = re[a0 + 2];
        double b2i = im[a0 + 2];
        double b3r = re[a0 + 3];
        double b3i = im[a0 + 3];
        double b4r = re[a0 + 4];
        double b4i = im[a0 + 4];
        for (int a = a1; a <= a2; a += W - 1) {
            double ar = re[a];
            double ai = im[a];
            if (ar == 0 && ai == 0) {
                continue;
            }
            double fr = ar * invR - ai * invI;
            double fi = ar * invI + ai * invR;
            re[a + 1] -= fr * b1r - fi * b1i;
            im[a + 1] -= fr * b1i + fi * b1r;
            re[a + 2] -= fr * b2r - fi * b2i;
            im[a + 2] -= fr * b2i + fi * b2r;
            re[a + 3] -= fr * b3r - fi * b3i;
            im[a + 3] -= fr * b3i + fi * b3r;
            re[a + 4] -= fr * b4r - fi * b4i;
            im[a + 4] -= fr * b4i + fi * b4r;
        }
        return status;
    }
}

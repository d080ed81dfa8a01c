package io.ionsweep.engine.kernel;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * log10 T(E) at real energies from scattering matrices: the profile's interfaces and slices composed from the left
 * lead to the right by Redheffer's star product. As accurate as the global determinant near narrow resonances, at
 * less than half its cost.
 *
 * <p>Why: the transfer-matrix kernels carry one solution across the profile, and inside a chain of opaque barriers it
 * grows by e^{qd} per barrier, which buries the part that sets a narrow resonance (relative errors of 6.6e-6 at
 * Q = 1.9e9 and 1.3e-3 at Q = 3.9e10 on a four-site filter). The determinant ({@link GlobalMatrixDeterminant}) is
 * backward stable there (2.0e-6 and 4.9e-5 on the mpmath flanks, the condition of T, as these matrices) but
 * solves a banded system per energy. Here every
 * quantity stays bounded instead: in each slice the two waves e^{+-ikx} (k = i kappa where the slice is forbidden,
 * so that one decays to the right and the other to the left) are referred to the edge they leave from, so crossing a
 * slice multiplies each by e^{ikd}, of modulus at most 1. An interface from wave number k1 to k2 reflects
 * (k1 - k2)/(k1 + k2) and transmits 2 k1/(k1 + k2) (2 k2/(k1 + k2) backwards). Composing a block A with an element B
 * on its right: t = t_B t_A / (1 - r'_A r_B), r' = r'_B + t_B r'_A t'_B / (1 - r'_A r_B), with t the transmission
 * to the right and r' the reflection seen from the right. Near a resonance r'_A r_B tends to 1 and the denominator
 * carries the width; its rounding is that of T's condition. T = (kR / kL) |t|^2, with t's modulus kept as a log
 * scale (it underflows for opaque profiles).
 *
 * <p>Where a slice's potential equals E exactly (k = 0) plane waves do not span its solutions (a + b x): there the
 * determinant answers. Not thread-safe: one instance per thread.
 */
public final class ScatteringTransmission {
    /** t's mantissa is brought back near 1 (by an exact power of two) when its binary exponent leaves +-this. */
    private static final int RESCALE_EXPONENT = 200;
    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);

    private final Staircase profile;
    private final double massU;
    private final double factor;
    private final DistinctSlices pairs;
    /** Per pair at the current energy: k (re, im), the phase e^{i Re(k) d} (re, im) and ln |e^{ikd}| = -Im(k) d. */
    private final double[] kRe;
    private final double[] kIm;
    private final double[] phaseRe;
    private final double[] phaseIm;
    private final double[] logModulus;
    /** e^{2ikd} per pair (re, im): crossing the slice there and back. */
    private final double[] roundTripRe;
    private final double[] roundTripIm;
    /** For energies at a slice's potential, made when first needed. */
    private GlobalMatrixDeterminant determinant;

    public ScatteringTransmission(Staircase profile, double massU) {
        this.profile = profile;
        this.massU = massU;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        int m = pairs.count();
        kRe = new double[m];
        kIm = new double[m];
        phaseRe = new double[m];
        phaseIm = new double[m];
        logModulus = new double[m];
        roundTripRe = new double[m];
        roundTripIm = new double[m];
    }

    /** log10 T at the real energy eEv (eV); -infinity where a lead is closed (E at or below it). */
    public double log10Transmission(double eEv) {
        double kl = Math.sqrt(factor * (eEv - profile.leadLeftEv()));
        double kr = Math.sqrt(factor * (eEv - profile.leadRightEv()));
        if (!(kl > 0) || !(kr > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (!slices(eEv)) {
            if (determinant == null) {
                determinant = new GlobalMatrixDeterminant(profile, massU);
            }
            return determinant.log10Transmission(eEv);
        }
        // the block from the left lead so far: t = (tRe + i tIm) e^tLog, r' = rRe + i rIm
        double tRe = 1;
        double tIm = 0;
        double tLog = 0;
        double rRe = 0;
        double rIm = 0;
        double k1r = kl;
        double k1i = 0;
        int n = profile.sliceCount();
        for (int j = 0; j <= n; j++) {
            int p = j < n ? pairs.pairOf(j) : -1;
            double k2r = j < n ? kRe[p] : kr;
            double k2i = j < n ? kIm[p] : 0;
            // the interface k1 -> k2: 1 / (k1 + k2), r = (k1 - k2)/(k1 + k2), t = 2 k1/(k1 + k2), t' = 2 k2/(k1 + k2)
            double sr = k1r + k2r;
            double si = k1i + k2i;
            double ss = sr * sr + si * si;
            double ir = sr / ss;
            double ii = -si / ss;
            double dkr = k1r - k2r;
            double dki = k1i - k2i;
            double refRe = dkr * ir - dki * ii;
            double refIm = dkr * ii + dki * ir;
            double fwdRe = 2 * (k1r * ir - k1i * ii);
            double fwdIm = 2 * (k1r * ii + k1i * ir);
            double bwdRe = 2 * (k2r * ir - k2i * ii);
            double bwdIm = 2 * (k2r * ii + k2i * ir);
            // 1 / (1 - r' r)
            double ar = 1 - (rRe * refRe - rIm * refIm);
            double ai = -(rRe * refIm + rIm * refRe);
            double aa = ar * ar + ai * ai;
            double dr = ar / aa;
            double di = -ai / aa;
            // t <- t_fwd t / (1 - r' r)
            double xr = fwdRe * tRe - fwdIm * tIm;
            double xi = fwdRe * tIm + fwdIm * tRe;
            tRe = xr * dr - xi * di;
            tIm = xr * di + xi * dr;
            // r' <- -r + t_fwd r' t_bwd / (1 - r' r)  (the interface's reflection from the right is -r)
            double yr = fwdRe * rRe - fwdIm * rIm;
            double yi = fwdRe * rIm + fwdIm * rRe;
            double zr = yr * bwdRe - yi * bwdIm;
            double zi = yr * bwdIm + yi * bwdRe;
            rRe = -refRe + (zr * dr - zi * di);
            rIm = -refIm + (zr * di + zi * dr);
            if (j == n) {
                break;
            }
            // across slice j: t <- e^{ikd} t, r' <- e^{2ikd} r'
            double qr = phaseRe[p];
            double qi = phaseIm[p];
            double ur = tRe * qr - tIm * qi;
            tIm = tRe * qi + tIm * qr;
            tRe = ur;
            tLog += logModulus[p];
            double q2r = roundTripRe[p];
            double q2i = roundTripIm[p];
            double vr = rRe * q2r - rIm * q2i;
            rIm = rRe * q2i + rIm * q2r;
            rRe = vr;
            int e = Math.getExponent(Math.max(Math.abs(tRe), Math.abs(tIm)));
            if (e > RESCALE_EXPONENT || e < -RESCALE_EXPONENT) {
                double scale = FastMath.powerOfTwo(-e);
                tRe *= scale;
                tIm *= scale;
                tLog += e * LN2;
            }
            k1r = k2r;
            k1i = k2i;
        }
        double lnT = Math.log(kr / kl) + Math.log(tRe * tRe + tIm * tIm) + 2 * tLog;
        return lnT / LN10;
    }

    /** Each pair's k and crossing factor at eEv; false where a slice sits at eEv exactly (k = 0). */
    private boolean slices(double eEv) {
        for (int p = 0; p < pairs.count(); p++) {
            double x = factor * (eEv - pairs.potentialEv(p));
            double d = pairs.widthA(p);
            if (x == 0) {
                return false;
            }
            if (x > 0) {
                double k = Math.sqrt(x);
                kRe[p] = k;
                kIm[p] = 0;
                phaseRe[p] = Math.cos(k * d);
                phaseIm[p] = Math.sin(k * d);
                logModulus[p] = 0;
            } else {
                double kappa = Math.sqrt(-x);
                kRe[p] = 0;
                kIm[p] = kappa;
                phaseRe[p] = 1;
                phaseIm[p] = 0;
                logModulus[p] = -kappa * d;
            }
            double qr = phaseRe[p];
            double qi = phaseIm[p];
            double twice = x > 0 ? 1 : Math.exp(-2 * kIm[p] * d);
            roundTripRe[p] = (qr * qr - qi * qi) * twice;
            roundTripIm[p] = 2 * qr * qi * twice;
        }
        return true;
    }
}

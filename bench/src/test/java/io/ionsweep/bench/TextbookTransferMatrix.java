package io.ionsweep.bench;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The textbook transfer-matrix T(E), independent of the kernels: in every region psi =
 * A exp(i k x') + B exp(-i k x') with x' measured from the region's left edge and k complex
 * (k = i kappa where the region is forbidden). Continuity of psi and psi' at each interface gives
 * <pre>
 *   (A_j e^{ik_j d_j}, B_j e^{-ik_j d_j}) = 1/2 [[1 + r, 1 - r], [1 - r, 1 + r]] (A_{j+1}, B_{j+1}),
 *   r = k_{j+1} / k_j,
 * </pre>
 * applied from the right lead (A = 1, B = 0) to the left one; T = (kR / kL) / |A_left|^2, returned
 * as ln T so that T below the smallest double keeps its value. Nothing is rescaled, so the
 * amplitudes grow like exp(sum kappa d): valid only while that sum stays well below the ~709
 * where exp overflows ({@link #growthExponent}).
 */
final class TextbookTransferMatrix {
    private TextbookTransferMatrix() {}

    /** Minimal complex arithmetic, enough for the matching conditions. */
    record Complex(double re, double im) {
        static final Complex ONE = new Complex(1, 0);
        static final Complex ZERO = new Complex(0, 0);

        Complex plus(Complex o) {
            return new Complex(re + o.re, im + o.im);
        }

        Complex minus(Complex o) {
            return new Complex(re - o.re, im - o.im);
        }

        Complex times(Complex o) {
            return new Complex(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        Complex times(double f) {
            return new Complex(re * f, im * f);
        }

        Complex dividedBy(Complex o) {
            double den = o.re * o.re + o.im * o.im;
            return new Complex((re * o.re + im * o.im) / den, (im * o.re - re * o.im) / den);
        }

        /** exp(i z). */
        static Complex expI(Complex z) {
            double mag = Math.exp(-z.im);
            return new Complex(mag * Math.cos(z.re), mag * Math.sin(z.re));
        }
    }

    /** Wave number in 1/A of a region at potential {@code potentialEv}: real if allowed, i kappa if forbidden. */
    static Complex waveNumber(double factor, double energyEv, double potentialEv) {
        double k2 = factor * (energyEv - potentialEv);
        return k2 >= 0 ? new Complex(Math.sqrt(k2), 0) : new Complex(0, Math.sqrt(-k2));
    }

    /** Sum of kappa * d over the forbidden slices: the natural log of the amplitude growth. */
    static double growthExponent(Staircase profile, double massU, double energyEv) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        double sum = 0;
        for (int j = 0; j < profile.sliceCount(); j++) {
            sum += waveNumber(factor, energyEv, profile.potentialEv(j)).im() * profile.widthA(j);
        }
        return sum;
    }

    /** ln T(E); the leads must be open and no slice exactly at E (k = 0 would need the linear solution). */
    static double lnTransmission(Staircase profile, double massU, double energyEv) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        int n = profile.sliceCount();
        Complex kRight = waveNumber(factor, energyEv, profile.leadRightEv());
        Complex kLeft = waveNumber(factor, energyEv, profile.leadLeftEv());
        Complex a = Complex.ONE;
        Complex b = Complex.ZERO;
        Complex kNext = kRight;
        for (int j = n; j >= 0; j--) {
            Complex k = j == 0 ? kLeft : waveNumber(factor, energyEv, profile.potentialEv(j - 1));
            double d = j == 0 ? 0 : profile.widthA(j - 1);
            Complex r = kNext.dividedBy(k);
            Complex plus = Complex.ONE.plus(r).times(0.5);
            Complex minus = Complex.ONE.minus(r).times(0.5);
            Complex aEdge = plus.times(a).plus(minus.times(b));
            Complex bEdge = minus.times(a).plus(plus.times(b));
            Complex phase = Complex.expI(k.times(d));
            a = aEdge.dividedBy(phase);
            b = bEdge.times(phase);
            kNext = k;
        }
        return Math.log(kRight.re() / kLeft.re()) - 2 * Math.log(Math.hypot(a.re(), a.im()));
    }
}

package io.ionsweep.engine.profile;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.function.DoubleUnaryOperator;

/**
 * An independent reference for smooth potentials: classical fourth-order Runge-Kutta on
 * psi'' = (2m/hbar^2)(V(x) - E) psi with a fine fixed step, carrying the outgoing wave of the right lead
 * to the left lead (the direction in which the solution grows), one smooth piece at a time so that no
 * step straddles a kink. Real and imaginary parts are two real solutions of the same real equation.
 * Nothing is shared with the engine's staircases.
 */
final class OdeReference {
    private OdeReference() {}

    /** Rescale the state after this many steps, so tunnelling growth never overflows. */
    private static final int RESCALE_EVERY = 32;

    /**
     * ln T for a potential given on [breaks[0], breaks[last]], smooth between consecutive breaks.
     *
     * @param potentialEv the full potential (bias included) inside the range
     * @param leadLeftEv  potential left of the range; leadRightEv right of it
     * @param stepA       the largest RK4 step, Angstrom
     */
    static double lnT(DoubleUnaryOperator potentialEv, double[] breaks, double leadLeftEv, double leadRightEv,
                      double massU, double energyEv, double stepA) {
        double f = PhysicalConstants.waveNumberFactor(massU);
        double kL = Math.sqrt(f * (energyEv - leadLeftEv));
        double kR = Math.sqrt(f * (energyEv - leadRightEv));
        // psi = exp(i kR (x - x_end)) at the right end: psi = 1, psi' = i kR.
        double[] re = {1.0, 0.0};
        double[] im = {0.0, kR};
        double logScale = 0;
        int steps = 0;
        for (int piece = breaks.length - 1; piece > 0; piece--) {
            double right = breaks[piece];
            double left = breaks[piece - 1];
            int n = (int) Math.ceil((right - left) / stepA);
            double h = (right - left) / n;
            for (int j = 0; j < n; j++) {
                double x = right - j * h;
                double l0 = f * (potentialEv.applyAsDouble(x) - energyEv);
                double lm = f * (potentialEv.applyAsDouble(x - 0.5 * h) - energyEv);
                double l1 = f * (potentialEv.applyAsDouble(x - h) - energyEv);
                rk4(l0, lm, l1, -h, re);
                rk4(l0, lm, l1, -h, im);
                if (++steps % RESCALE_EVERY == 0) {
                    double m = Math.max(Math.max(Math.abs(re[0]), Math.abs(re[1])), Math.max(Math.abs(im[0]), Math.abs(im[1])));
                    re[0] /= m;
                    re[1] /= m;
                    im[0] /= m;
                    im[1] /= m;
                    logScale += Math.log(m);
                }
            }
        }
        // Incident amplitude A = (psi - i psi' / kL) / 2 at the left end.
        double ar = 0.5 * (re[0] + im[1] / kL);
        double ai = 0.5 * (im[0] - re[1] / kL);
        return Math.log(kR / (kL * (ar * ar + ai * ai))) - 2.0 * logScale;
    }

    /** One RK4 step of (psi, psi') by dx, with lambda = (2m/hbar^2)(V - E) at the start, middle and end. */
    private static void rk4(double l0, double lm, double l1, double dx, double[] y) {
        double p = y[0];
        double q = y[1];
        double k1p = q;
        double k1q = l0 * p;
        double k2p = q + 0.5 * dx * k1q;
        double k2q = lm * (p + 0.5 * dx * k1p);
        double k3p = q + 0.5 * dx * k2q;
        double k3q = lm * (p + 0.5 * dx * k2p);
        double k4p = q + dx * k3q;
        double k4q = l1 * (p + dx * k3p);
        y[0] = p + dx / 6.0 * (k1p + 2.0 * k2p + 2.0 * k3p + k4p);
        y[1] = q + dx / 6.0 * (k1q + 2.0 * k2q + 2.0 * k3q + k4q);
    }
}

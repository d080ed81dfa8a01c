package io.ionsweep.engine.observables;

import io.ionsweep.engine.profile.Staircase;

/**
 * The width of a narrow pole from the flux identity of its Gamow state, not from the zero of a determinant.
 *
 * <p>Why. Near a pole of quality factor Q = E_r/Gamma the incident amplitude is a difference of terms
 * about Q times larger than itself, so a zero found on it (or on any determinant) carries a rounding
 * error of order Q * 1e-16 in Gamma, times the growth of the scheme: 1e-6 at Q = 1e8 on the banded
 * determinant.
 *
 * <p>Method. For a solution psi at complex energy E, (2m/hbar^2) = f, the continuity equation gives
 * exactly -2 Im(E) * integral_0^L |psi|^2 = (2/f) [Im(psi* psi')]_0^L. For the Gamow state (outgoing
 * waves in both leads, E = E_r - i Gamma/2) the boundary terms are the two outgoing fluxes,
 * Re(kR)|psi(L)|^2 + Re(kL)|psi(0)|^2, so Gamma = (2/f) * (sum of positive fluxes) / (positive norm):
 * no cancellation. The Gamow state is built from two one-sided solutions, each carried in the direction
 * in which it grows through the outer barriers (so rounding errors stay relative there): psi_R, a unit
 * outgoing wave in the right lead carried leftward, and psi_L, a unit outgoing wave in the left lead
 * carried rightward; they are matched at the slice boundary where the state is largest (in a well) and
 * psi_L is used to its left, psi_R to its right. Evaluated at the energy E_r - i Gamma_0/2 of the
 * polished pole, the estimate is exact at the true pole and varies smoothly with E, on the scale of the
 * distance to the next pole, so its error is about |E - pole| / (that distance), far below 1e-6 for
 * the poles it is used on; the norm integral is in closed form per slice.
 */
final class NarrowPoleRefiner {
    /** Poles with Gamma below this fraction of E_r are refined; broader ones are accurate as polished. */
    static final double NARROW_RATIO = 1e-5;
    /**
     * Refinements whose two one-sided solutions disagree at the matching point by more than this
     * (relative Wronskian) are rejected: the energy is then not close enough to one isolated pole.
     */
    static final double MAX_MISMATCH = 1e-4;
    /**
     * Below this |q d| a slice is integrated by Taylor series and Gauss-Legendre (q may be 0); above it the
     * closed form in e^{+-qu} loses at most about (1/|qd|)^2 ulps to cancellation.
     */
    private static final double SMALL_QD = 0.02;
    /** Taylor terms of cosh and sinh for |q u|^2 <= SMALL_QD^2: the next one is below 1e-30. */
    private static final int SERIES_TERMS = 6;
    /** 8-point Gauss-Legendre nodes and weights on [-1, 1]. */
    private static final double[] GL_X = {-0.9602898564975363, -0.7966664774136267, -0.5255324099163290,
        -0.1834346424956498, 0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
    private static final double[] GL_W = {0.1012285362903763, 0.2223810344533745, 0.3137066458778873,
        0.3626837833783620, 0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};

    private static final double LN2 = Math.log(2);

    private NarrowPoleRefiner() {}

    /**
     * Gamma of the pole near E_r - i gamma0/2, refined: evaluated at E_r - i max(gamma0, floorEv)/2, so a
     * pole whose polished width is at rounding level (gamma0 <= 0, or below the resolution floor) gets
     * its true width too and the caller's resolved flag is decided on it. {@code gamma0} is returned
     * unchanged where the pole is not narrow (gamma0 >= {@link #NARROW_RATIO} E_r) or the refinement is
     * rejected.
     *
     * @param factor  2m/hbar^2 in 1/(eV A^2)
     * @param floorEv the smallest width resolved at this E_r (> 0)
     */
    static double width(Staircase profile, double factor, double energyEv, double gamma0, double floorEv) {
        return refine(profile, factor, energyEv, gamma0, floorEv)[0];
    }

    /**
     * As {@link #width}, with what the flux identity says beyond it: {Gamma, the Breit-Wigner peak 4 Gamma_L
     * Gamma_R / Gamma^2, the flux identity's Gamma}, the last two NaN where it was not used (a broad pole, or the
     * match rejected). Its Gamma may be 0 where it underflowed (the peak is then NaN and Gamma {@code gamma0}).
     */
    static double[] refine(Staircase profile, double factor, double energyEv, double gamma0, double floorEv) {
        if (!(gamma0 < NARROW_RATIO * energyEv) || profile.sliceCount() < 2) {
            return new double[] {gamma0, Double.NaN, Double.NaN};
        }
        double[] w = widths(profile, factor, new ComplexNumber(energyEv, -0.5 * Math.max(gamma0, floorEv)));
        if (w == null || !(w[0] >= 0) || !Double.isFinite(w[0])) {
            return new double[] {gamma0, Double.NaN, Double.NaN};
        }
        return new double[] {w[0] > 0 ? w[0] : gamma0, breitWignerPeak(w), w[0]};
    }

    /**
     * How far the flux identity's Gamma (and peak) may be off where they are used for a pole narrower than the
     * resolution floor ({@link UnresolvedPeaks}): evaluated at E_r - i floor/2, their error is about (floor/2)
     * over the distance to the next pole, a few times 1e-14 for the levels of one well (measured against 60-digit
     * poles) but of order 1 for the members of a multiplet split by less than the floor, whose Gamow states the
     * evaluation mixes (on a K+ quartet their widths moved by 27 decades with the point).
     */
    static final double MAX_ESTIMATE_ERROR = 1e-9;

    /** Whether a pole narrower than {@code floorEv} lies far enough from the nearest other one ({@code gapEv}). */
    static boolean isolated(double floorEv, double gapEv) {
        return 0.5 * floorEv <= MAX_ESTIMATE_ERROR * gapEv;
    }

    /**
     * The peak transmission of an isolated resonance of partial widths Gamma_L and Gamma_R, 4 Gamma_L Gamma_R /
     * Gamma^2, from {@link #widths}'s result (as fractions of Gamma, so the product does not underflow before it
     * must; a partial width that underflowed itself, hundreds of decades below the other, gives 0); NaN where Gamma
     * is not positive.
     */
    static double breitWignerPeak(double[] widths) {
        double total = widths[1] + widths[2];
        if (!(total > 0)) {
            return Double.NaN;
        }
        double left = widths[1] / total;
        double right = widths[2] / total;
        return 4 * left * right;
    }

    /**
     * (2/f) * outgoing flux / norm of the Gamow state matched from the two one-sided solutions at energy
     * e; NaN where the match is rejected.
     */
    static double fluxOverNorm(Staircase profile, double factor, ComplexNumber e) {
        double[] w = widths(profile, factor, e);
        return w == null ? Double.NaN : w[0];
    }

    /**
     * {Gamma, Gamma_L, Gamma_R} of the Gamow state at e: {@link #fluxOverNorm} and its two parts, (2/f) times
     * each lead's outgoing flux over the norm (Gamma computed from the summed flux, so that it is the same
     * double as before the parts were kept); null where the match is rejected.
     */
    static double[] widths(Staircase profile, double factor, ComplexNumber e) {
        int n = profile.sliceCount();
        double kScale2 = 0;
        for (int j = 0; j < n; j++) {
            kScale2 = Math.max(kScale2, factor * Math.abs(profile.potentialEv(j) - e.re()));
        }
        ComplexNumber kL = e.minus(new ComplexNumber(profile.leadLeftEv(), 0)).times(factor).sqrt();
        ComplexNumber kR = e.minus(new ComplexNumber(profile.leadRightEv(), 0)).times(factor).sqrt();
        Sweep right = Sweep.run(profile, factor, e, kScale2, false, new ComplexNumber(0, 1).times(kR));
        Sweep left = Sweep.run(profile, factor, e, kScale2, true, new ComplexNumber(0, -1).times(kL));
        // match where psi_R psi_L is largest: there both are carried with the least loss
        int m = 1;
        double best = Double.NEGATIVE_INFINITY;
        for (int b = 1; b < n; b++) {
            double amplitude = right.logAmplitude(b, kScale2) + left.logAmplitude(b, kScale2);
            if (amplitude > best) {
                best = amplitude;
                m = b;
            }
        }
        ComplexNumber pr = right.psi(m);
        ComplexNumber dr = right.dpsi(m);
        ComplexNumber pl = left.psi(m);
        ComplexNumber dl = left.dpsi(m);
        double w = pr.times(dl).minus(dr.times(pl)).abs2();
        double scale = (pr.abs2() * dl.abs2() + dr.abs2() * pl.abs2());
        if (!(w <= MAX_MISMATCH * MAX_MISMATCH * scale)) {
            return null;
        }
        // psi_R = c psi_L at the match, in the least-squares sense over (psi, psi'/k)
        ComplexNumber cm = pr.times(pl.conjugate()).plus(dr.times(dl.conjugate()).times(1 / kScale2))
                .dividedBy(new ComplexNumber(pl.abs2() + dl.abs2() / kScale2, 0));
        double c2 = cm.abs2();
        double cLog = right.logScale[m] - left.logScale[m];
        // every term is mantissa * exp(2 * log); sum relative to the largest log
        double ref = Math.max(0, cLog);
        for (int j = 0; j < n; j++) {
            ref = Math.max(ref, j >= m ? right.normLog[j] : left.normLog[j] + cLog);
        }
        double fluxRight = kR.re() * Math.exp(-2 * ref);
        double fluxLeft = kL.re() * c2 * Math.exp(2 * (cLog - ref));
        double flux = fluxRight + fluxLeft;
        double norm = 0;
        for (int j = 0; j < n; j++) {
            norm += j >= m ? right.norm[j] * Math.exp(2 * (right.normLog[j] - ref))
                    : left.norm[j] * c2 * Math.exp(2 * (left.normLog[j] + cLog - ref));
        }
        return new double[] {2 / factor * flux / norm, 2 / factor * fluxLeft / norm, 2 / factor * fluxRight / norm};
    }

    /**
     * One one-sided solution carried across every slice: its state at each slice boundary b (x_b, b = 0
     * at the left lead) as mantissa times exp(logScale[b]), and the integral of |psi|^2 over each slice j
     * as norm[j] * exp(2 normLog[j]). The mantissas are kept as parts (re, im), not as objects: a sweep
     * runs for every narrow pole, and boxed states were a fifth of a configuration's allocations.
     */
    private static final class Sweep {
        /** psi and psi' at boundary b: [4b] = Re psi, [4b + 1] = Im psi, [4b + 2] = Re psi', [4b + 3] = Im psi'. */
        final double[] state;
        final double[] logScale;
        final double[] norm;
        final double[] normLog;

        private Sweep(int n) {
            state = new double[4 * (n + 1)];
            logScale = new double[n + 1];
            norm = new double[n];
            normLog = new double[n];
        }

        ComplexNumber psi(int b) {
            return new ComplexNumber(state[4 * b], state[4 * b + 1]);
        }

        ComplexNumber dpsi(int b) {
            return new ComplexNumber(state[4 * b + 2], state[4 * b + 3]);
        }

        double logAmplitude(int b, double kScale2) {
            return 0.5 * Math.log(psi(b).abs2() + dpsi(b).abs2() / kScale2) + logScale[b];
        }

        /**
         * From a lead with psi = 1, psi' = {@code leadDerivative}: rightward from x = 0 when
         * {@code rightward}, else leftward from x = L.
         */
        static Sweep run(Staircase profile, double factor, ComplexNumber e, double kScale2, boolean rightward,
                         ComplexNumber leadDerivative) {
            int n = profile.sliceCount();
            Sweep s = new Sweep(n);
            double sigma = rightward ? 1 : -1;
            int start = rightward ? 0 : n;
            s.state[4 * start] = 1;
            s.state[4 * start + 2] = leadDerivative.re();
            s.state[4 * start + 3] = leadDerivative.im();
            double[] out = new double[OUT];
            for (int i = 0; i < n; i++) {
                int j = rightward ? i : n - 1 - i;
                int from = rightward ? j : j + 1;
                int to = rightward ? j + 1 : j;
                ComplexNumber lambda = new ComplexNumber(profile.potentialEv(j), 0).minus(e).times(factor);
                // phi = d psi / du along the direction of travel u
                ComplexNumber phi0 = s.dpsi(from).times(sigma);
                crossSlice(lambda.re(), lambda.im(), profile.widthA(j), s.state[4 * from], s.state[4 * from + 1],
                        phi0.re(), phi0.im(), out);
                double grown = s.logScale[from] + out[GROWTH];
                s.norm[j] = out[NORM];
                s.normLog[j] = grown;
                ComplexNumber p = new ComplexNumber(out[PSI_RE], out[PSI_IM]);
                ComplexNumber phi = new ComplexNumber(out[PHI_RE], out[PHI_IM]);
                // renormalise by an exact power of two
                int exponent = Math.max(Double.MIN_EXPONENT, Math.getExponent(Math.max(Math.max(Math.abs(p.re()),
                        Math.abs(p.im())), Math.max(Math.abs(phi.re()), Math.abs(phi.im())) / Math.sqrt(kScale2))));
                double r = Math.scalb(1.0, -exponent);
                ComplexNumber pt = p.times(r);
                ComplexNumber dt = phi.times(sigma * r);
                s.state[4 * to] = pt.re();
                s.state[4 * to + 1] = pt.im();
                s.state[4 * to + 2] = dt.re();
                s.state[4 * to + 3] = dt.im();
                s.logScale[to] = grown + exponent * LN2;
            }
            return s;
        }
    }

    /** {@link #crossSlice}'s outputs: the exit state's parts, the growth and the norm integral. */
    private static final int PSI_RE = 0;
    private static final int PSI_IM = 1;
    private static final int PHI_RE = 2;
    private static final int PHI_IM = 3;
    private static final int GROWTH = 4;
    private static final int NORM = 5;
    private static final int OUT = 6;

    /**
     * Carries (psi, phi = dpsi/du) across a slice of width d where psi'' = lambda psi. Writes the exit
     * state divided by exp(growth) into out[PSI_RE..PHI_IM], growth = Re(q) d into out[GROWTH] and the
     * integral of |psi|^2 over the slice divided by exp(2 growth) into out[NORM]. Takes and gives parts, not
     * objects, so that its temporaries stay in registers.
     */
    private static void crossSlice(double lambdaRe, double lambdaIm, double d, double psiRe, double psiIm,
                                   double phiRe, double phiIm, double[] out) {
        ComplexNumber lambda = new ComplexNumber(lambdaRe, lambdaIm);
        ComplexNumber psi0 = new ComplexNumber(psiRe, psiIm);
        ComplexNumber phi0 = new ComplexNumber(phiRe, phiIm);
        ComplexNumber q = lambda.sqrt();
        double qr = q.re();
        double qi = q.im();
        if (Math.sqrt(lambda.abs2()) * d * d < SMALL_QD * SMALL_QD) {
            crossSmall(lambdaRe, lambdaIm, d, psiRe, psiIm, phiRe, phiIm, out);
            return;
        }
        // psi(u) = alpha e^{qu} + beta e^{-qu}
        ComplexNumber phiOverQ = phi0.dividedBy(q);
        ComplexNumber alpha = psi0.plus(phiOverQ).times(0.5);
        ComplexNumber beta = psi0.minus(phiOverQ).times(0.5);
        double x = 2 * qr * d;
        double decay = Math.exp(-x);
        ComplexNumber phase = ComplexNumber.phase(qi * d);
        ComplexNumber up = phase.times(alpha);
        ComplexNumber down = phase.conjugate().times(beta).times(decay);
        ComplexNumber exit = up.plus(down);
        ComplexNumber exitPhi = q.times(up.minus(down));
        out[PSI_RE] = exit.re();
        out[PSI_IM] = exit.im();
        out[PHI_RE] = exitPhi.re();
        out[PHI_IM] = exitPhi.im();
        out[GROWTH] = qr * d;
        // integral of e^{2 qr u} over [0, d] times e^{-2 qr d}, and of e^{-2 qr u} likewise
        double grow = x < 1e-8 ? d * (1 - 0.5 * x) : (x < 0.5 ? -Math.expm1(-x) : 1 - decay) / (2 * qr);
        // integral of e^{2i qi u} over [0, d]: (e^{i theta} - 1)/(2 i qi), theta = 2 qi d
        double theta = 2 * qi * d;
        // sin(theta) = 2 sin(qi d) cos(qi d), 1 - cos(theta) = 2 sin(qi d)^2
        ComplexNumber h = theta == 0 ? new ComplexNumber(d, 0)
                : new ComplexNumber(phase.im() * phase.re() / qi, phase.im() * phase.im() / qi);
        double cross = 2 * alpha.times(beta.conjugate()).times(h).re();
        out[NORM] = alpha.abs2() * grow + decay * (beta.abs2() * grow + cross);
    }

    /** As {@link #crossSlice} for |q d| < {@link #SMALL_QD}: Taylor series of cosh and sinh, no scaling. */
    private static void crossSmall(double lambdaRe, double lambdaIm, double d, double psiRe, double psiIm,
                                   double phiRe, double phiIm, double[] out) {
        ComplexNumber lambda = new ComplexNumber(lambdaRe, lambdaIm);
        ComplexNumber psi0 = new ComplexNumber(psiRe, psiIm);
        ComplexNumber phi0 = new ComplexNumber(phiRe, phiIm);
        double sum = 0;
        for (int k = 0; k < GL_X.length; k++) {
            double u = 0.5 * d * (1 + GL_X[k]);
            sum += GL_W[k] * atDistance(lambda, u, psi0, phi0)[0].abs2();
        }
        ComplexNumber[] end = atDistance(lambda, d, psi0, phi0);
        out[PSI_RE] = end[0].re();
        out[PSI_IM] = end[0].im();
        out[PHI_RE] = end[1].re();
        out[PHI_IM] = end[1].im();
        out[GROWTH] = 0;
        out[NORM] = 0.5 * d * sum;
    }

    /** (psi, phi) at distance u: psi = C psi0 + S phi0, phi = lambda S psi0 + C phi0, C = cosh(qu), S = sinh(qu)/q. */
    private static ComplexNumber[] atDistance(ComplexNumber lambda, double u, ComplexNumber psi0, ComplexNumber phi0) {
        ComplexNumber z = lambda.times(u * u);
        ComplexNumber c = ComplexNumber.ONE;
        ComplexNumber s = ComplexNumber.ONE;
        ComplexNumber termC = ComplexNumber.ONE;
        ComplexNumber termS = ComplexNumber.ONE;
        for (int k = 1; k <= SERIES_TERMS; k++) {
            termC = termC.times(z).times(1.0 / ((2 * k - 1) * (2 * k)));
            termS = termS.times(z).times(1.0 / ((2 * k) * (2 * k + 1)));
            c = c.plus(termC);
            s = s.plus(termS);
        }
        s = s.times(u);
        return new ComplexNumber[] {c.times(psi0).plus(s.times(phi0)), lambda.times(s).times(psi0).plus(c.times(phi0))};
    }
}

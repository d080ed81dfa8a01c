package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.kernel.DistinctSlices;
import io.ionsweep.engine.kernel.FastMath;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;

/**
 * g(E) = kL a(E) of one profile and mass, sampled at complex energies, optionally with known zeros
 * divided out: h(E) = g(E) / prod (E - p_k). The winding of h along a closed contour is the number of
 * zeros of g inside that are not among the p_k, and with the known zeros gone its phase turns slowly,
 * so a contour needs few samples. Not thread-safe: it reuses a buffer.
 */
final class ComplexAmplitudeFunction {
    /** Rescale the running product by a power of two after this many factors (no overflow). */
    private static final int RESCALE_EVERY = 8;
    /** Partial products kept side by side. */
    private static final int LANES = 4;

    private final Staircase profile;
    private final double factor;
    private final double[] buffer = new double[5];
    private final DistinctSlices pairs;
    private final double[] work;
    private final double[] divisorRe;
    private final double[] divisorIm;

    ComplexAmplitudeFunction(Staircase profile, double massU) {
        this(profile, massU, List.of());
    }

    /** With the zeros {@code known} divided out. */
    ComplexAmplitudeFunction(Staircase profile, double massU, List<Pole> known) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        this.work = new double[pairs.count() * ComplexIncidentAmplitude.COEFFICIENTS];
        this.divisorRe = new double[known.size()];
        this.divisorIm = new double[known.size()];
        for (int k = 0; k < known.size(); k++) {
            divisorRe[k] = known.get(k).energyEv();
            divisorIm[k] = -0.5 * known.get(k).widthEv();
        }
    }

    /** The (deflated) function and its logarithmic derivative, for tracking the phase. */
    AmplitudeSample at(double eRe, double eIm) {
        ComplexIncidentAmplitude.evaluateWithDerivative(profile, pairs, work, factor, eRe, eIm, buffer);
        double gr = buffer[ComplexIncidentAmplitude.RE];
        double gi = buffer[ComplexIncidentAmplitude.IM];
        double scale = buffer[ComplexIncidentAmplitude.LOG_SCALE];
        double lr = buffer[ComplexIncidentAmplitude.LOG_DERIVATIVE_RE];
        double li = buffer[ComplexIncidentAmplitude.LOG_DERIVATIVE_IM];
        if (divisorRe.length == 0) {
            return new AmplitudeSample(eRe, eIm, gr, gi, scale, lr, li);
        }
        // P = prod (E - p_k) as mantissa and binary exponent; h'/h = g'/g - sum 1/(E - p_k). Four
        // independent partial products (one per residue of k mod 4) keep the multiplier pipelines busy
        // instead of waiting on one serial chain: hundreds of known zeros are divided out per sample.
        double pr0 = 1, pi0 = 0, pr1 = 1, pi1 = 0, pr2 = 1, pi2 = 0, pr3 = 1, pi3 = 0;
        double sr = 0;
        double si = 0;
        long exponent = 0;
        int n = divisorRe.length;
        int k = 0;
        for (; k + LANES <= n; k += LANES) {
            double dr0 = eRe - divisorRe[k], di0 = eIm - divisorIm[k];
            double dr1 = eRe - divisorRe[k + 1], di1 = eIm - divisorIm[k + 1];
            double dr2 = eRe - divisorRe[k + 2], di2 = eIm - divisorIm[k + 2];
            double dr3 = eRe - divisorRe[k + 3], di3 = eIm - divisorIm[k + 3];
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
        for (int j = 0; k < n; k++, j++) {
            double dr = eRe - divisorRe[k];
            double di = eIm - divisorIm[k];
            double nr = pr * dr - pi * di;
            pi = pr * di + pi * dr;
            pr = nr;
            double inv = 1 / (dr * dr + di * di);
            sr += dr * inv;
            si += di * inv;
        }
        lr -= sr;
        li += si;
        // h = g / P
        double pp = pr * pr + pi * pi;
        double hr = (gr * pr + gi * pi) / pp;
        double hi = (gi * pr - gr * pi) / pp;
        return new AmplitudeSample(eRe, eIm, hr, hi, scale - exponent * Math.log(2), lr, li);
    }
}

package io.ionsweep.engine.observables;

/**
 * g(E) = kL * a(E) at one complex energy, as a mantissa and a natural-log scale,
 * g = (gRe + i gIm) * exp(logScale), with its logarithmic derivative g'/g (NaN when not computed).
 */
record AmplitudeSample(double eRe, double eIm, double gRe, double gIm, double logScale,
                       double logDerivativeRe, double logDerivativeIm) {

    /** ln |g|. */
    double logModulus() {
        return Math.log(Math.hypot(gRe, gIm)) + logScale;
    }

    /** The principal value of arg(g(other) / g(this)), in (-pi, pi]. */
    double phaseTo(AmplitudeSample other) {
        double re = other.gRe * gRe + other.gIm * gIm;
        double im = other.gIm * gRe - other.gRe * gIm;
        return Math.atan2(im, re);
    }

    /** The change of arg g to {@code other} predicted by the trapezoid rule on g'/g along the segment. */
    double predictedPhaseTo(AmplitudeSample other) {
        double dzr = other.eRe - eRe;
        double dzi = other.eIm - eIm;
        double lr = 0.5 * (logDerivativeRe + other.logDerivativeRe);
        double li = 0.5 * (logDerivativeIm + other.logDerivativeIm);
        return dzr * li + dzi * lr;
    }

    /**
     * |g'/g(other) - g'/g(this)| |other - this|: about the trapezoid rule's error on the segment in units of
     * its length, and at least about 4 when a zero or pole of g lies near the segment's middle.
     */
    double logDerivativeChangeTo(AmplitudeSample other) {
        double dl = Math.hypot(other.logDerivativeRe - logDerivativeRe, other.logDerivativeIm - logDerivativeIm);
        return dl * Math.hypot(other.eRe - eRe, other.eIm - eIm);
    }
}

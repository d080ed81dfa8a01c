package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.kernel.ComplexSliceKernel;
import io.ionsweep.engine.kernel.DistinctSlices;
import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;

/**
 * g(E) = kL a(E) of one profile and mass, sampled at complex energies, optionally with known zeros
 * divided out: h(E) = g(E) / prod (E - p_k). The winding of h along a closed contour is the number of
 * zeros of g inside that are not among the p_k, and with the known zeros gone its phase turns slowly,
 * so a contour needs few samples. Optionally also times exp(-rate E) for a real rate ({@link #turnedBack}):
 * entire and without zeros, so no winding changes, but it takes out the steady turn that the zeros above
 * a window leave on vertical lines. Not thread-safe: it reuses a buffer.
 */
final class ComplexAmplitudeFunction {
    private static final DeflationKernel DEFLATION = KernelProvider.deflation();

    private final Staircase profile;
    private final double factor;
    private final double[] buffer = new double[5];
    private final double[] deflation = DEFLATION.newBuffer();
    private final DistinctSlices pairs;
    private final double[] work;
    private final double[] divisorRe;
    private final double[] divisorIm;
    /** The real rate of the factor exp(-rate E), per eV (0: none). */
    private final double rate;

    ComplexAmplitudeFunction(Staircase profile, double massU) {
        this(profile, massU, List.of());
    }

    /** With the zeros {@code known} divided out. */
    ComplexAmplitudeFunction(Staircase profile, double massU, List<Pole> known) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
        this.pairs = new DistinctSlices(profile);
        this.work = new double[pairs.count() * ComplexSliceKernel.FIELDS];
        this.divisorRe = new double[known.size()];
        this.divisorIm = new double[known.size()];
        for (int k = 0; k < known.size(); k++) {
            divisorRe[k] = known.get(k).energyEv();
            divisorIm[k] = -0.5 * known.get(k).widthEv();
        }
        this.rate = 0;
    }

    private ComplexAmplitudeFunction(ComplexAmplitudeFunction f, double rate) {
        this.profile = f.profile;
        this.factor = f.factor;
        this.pairs = f.pairs;
        this.work = new double[f.work.length];
        this.divisorRe = f.divisorRe;
        this.divisorIm = f.divisorIm;
        this.rate = rate;
    }

    /**
     * This function times exp(-rate E), rate real (per eV): on a vertical line E = x + i y that factor turns by
     * -rate y, so it cancels a turn of rate per eV there, and along a horizontal line it only scales.
     */
    ComplexAmplitudeFunction turnedBack(double rate) {
        return new ComplexAmplitudeFunction(this, rate);
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
            return turned(eRe, eIm, gr, gi, scale, lr, li);
        }
        // P = prod (E - p_k) as mantissa and binary exponent; h'/h = g'/g - sum 1/(E - p_k)
        double[] d = deflation;
        DEFLATION.divideOut(eRe, eIm, divisorRe, divisorIm, divisorRe.length, d);
        double pr = d[DeflationKernel.PRODUCT_RE];
        double pi = d[DeflationKernel.PRODUCT_IM];
        double exponent = d[DeflationKernel.PRODUCT_EXPONENT];
        lr -= d[DeflationKernel.SUM_RE];
        li -= d[DeflationKernel.SUM_IM];
        // h = g / P
        double pp = pr * pr + pi * pi;
        double hr = (gr * pr + gi * pi) / pp;
        double hi = (gi * pr - gr * pi) / pp;
        return turned(eRe, eIm, hr, hi, scale - exponent * Math.log(2), lr, li);
    }

    /** The sample times exp(-rate E) = exp(-rate x) (cos(rate y) - i sin(rate y)). */
    private AmplitudeSample turned(double eRe, double eIm, double hr, double hi, double scale, double lr, double li) {
        if (rate == 0) {
            return new AmplitudeSample(eRe, eIm, hr, hi, scale, lr, li);
        }
        double angle = rate * eIm;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new AmplitudeSample(eRe, eIm, hr * c + hi * s, hi * c - hr * s, scale - rate * eRe, lr - rate, li);
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/** g(E) = kL a(E) of one profile and mass, sampled at complex energies (not thread-safe: it reuses a buffer). */
final class ComplexAmplitudeFunction {
    private final Staircase profile;
    private final double factor;
    private final double[] buffer = new double[5];
    private long evaluations;

    ComplexAmplitudeFunction(Staircase profile, double massU) {
        this.profile = profile;
        this.factor = PhysicalConstants.waveNumberFactor(massU);
    }

    /** g and g'/g, for tracking the phase. */
    AmplitudeSample at(double eRe, double eIm) {
        ComplexIncidentAmplitude.evaluateWithDerivative(profile, factor, eRe, eIm, buffer);
        evaluations++;
        return new AmplitudeSample(eRe, eIm, buffer[ComplexIncidentAmplitude.RE],
                buffer[ComplexIncidentAmplitude.IM], buffer[ComplexIncidentAmplitude.LOG_SCALE],
                buffer[ComplexIncidentAmplitude.LOG_DERIVATIVE_RE], buffer[ComplexIncidentAmplitude.LOG_DERIVATIVE_IM]);
    }

    /** g only (no derivative), for root polishing. */
    AmplitudeSample valueAt(double eRe, double eIm) {
        ComplexIncidentAmplitude.evaluate(profile, factor, eRe, eIm, buffer);
        evaluations++;
        return new AmplitudeSample(eRe, eIm, buffer[ComplexIncidentAmplitude.RE],
                buffer[ComplexIncidentAmplitude.IM], buffer[ComplexIncidentAmplitude.LOG_SCALE], Double.NaN, Double.NaN);
    }

    long evaluations() {
        return evaluations;
    }

    Staircase profile() {
        return profile;
    }

    double factor() {
        return factor;
    }
}

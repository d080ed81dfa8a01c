package io.ionsweep.engine.run;

/**
 * A computed spectrum, read-only view for observables: energies in eV, log10 T per energy
 * (-Infinity where a lead is closed), and the discretisation error estimate of the profile.
 * The arrays belong to the worker and are reused after {@code compute} returns.
 */
public final class Spectrum {
    private final double[] energyEv;
    private final double[] log10T;
    private final int size;
    private final double errorEstimate;

    Spectrum(double[] energyEv, double[] log10T, int size, double errorEstimate) {
        this.energyEv = energyEv;
        this.log10T = log10T;
        this.size = size;
        this.errorEstimate = errorEstimate;
    }

    public int size() {
        return size;
    }

    public double energyEv(int i) {
        return energyEv[i];
    }

    public double log10Transmission(int i) {
        return log10T[i];
    }

    /** Estimated discretisation error in log10 T (0 for piecewise-constant profiles). */
    public double discretisationErrorEstimate() {
        return errorEstimate;
    }
}

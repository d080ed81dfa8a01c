package io.ionsweep.engine.kernel;

import io.ionsweep.engine.profile.Staircase;

/**
 * Transmission probability T(E) of a particle through a piecewise-constant potential, for a batch
 * of energies. Implementations must agree with {@link ScalarTransmissionKernel}, the reference,
 * to 1e-12 in ln T.
 *
 * <p>T is returned as log10 T so that opaque profiles (T far below the smallest double) keep their
 * value: log10 T is accurate to about 1e-13 * (1 + |log10 T|) absolute. Where a lead is closed
 * (E at or below its potential) T = 0 exactly and log10 T is {@link Double#NEGATIVE_INFINITY};
 * every energy above both leads gives a finite value.
 */
public interface TransmissionKernel {

    /** Short name for logs and manifests, e.g. {@code scalar} or {@code vector(8 lanes)}. */
    String name();

    /**
     * Fills {@code log10T[i]} for {@code i < count} with log10 T(energyEv[i]).
     *
     * @param profile  the potential; energies and potentials in eV, widths in Angstrom
     * @param massU    particle mass in u (> 0)
     * @param energyEv energies in eV
     * @param log10T   output, at least {@code count} long
     * @param count    number of energies to evaluate
     */
    void log10Transmission(Staircase profile, double massU, double[] energyEv, double[] log10T, int count);
}

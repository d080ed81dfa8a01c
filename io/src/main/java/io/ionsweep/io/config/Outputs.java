package io.ionsweep.io.config;

/**
 * What a run writes ({@code outputs:} block).
 *
 * @param spectra       write DIR/spectra (one row per configuration and energy); default false
 * @param spectraStride keep every n-th energy in the spectra (>= 1); default 1
 * @param summary       write DIR/summary (one row per configuration); default true
 * @param conductance   reserved for the observables issue; default false
 * @param resonances    reserved for the observables issue; default false
 * @param selectivity   reserved for the observables issue; default false
 */
public record Outputs(boolean spectra, int spectraStride, boolean summary, boolean conductance, boolean resonances,
                      boolean selectivity) {

    public Outputs {
        if (spectraStride < 1) {
            throw new IllegalArgumentException("spectra_stride must be >= 1, got " + spectraStride);
        }
    }

    public static Outputs defaults() {
        return new Outputs(false, 1, true, false, false, false);
    }

    /** Energies kept per configuration in the spectra: every stride-th, starting with the first. */
    public int spectraEnergies(int energies) {
        return (energies + spectraStride - 1) / spectraStride;
    }
}

package io.ionsweep.io.config;

/**
 * What a run writes ({@code outputs:} block).
 *
 * @param spectra       write DIR/spectra (one row per configuration and energy); default false
 * @param spectraStride keep every n-th energy in the spectra (>= 1); default 1
 * @param summary       write DIR/summary (one row per configuration); default true
 * @param conductance   add the thermal observables' columns to DIR/summary; default true
 * @param resonances    write DIR/resonances (one row per resonance); default true
 * @param selectivity   write DIR/selectivity (one row per species pair of configurations that differ only
 *                      in species); default true where possible: a Cartesian sweep of two or more species
 *                      with summary and conductance on (otherwise it resolves to false)
 */
public record Outputs(boolean spectra, int spectraStride, boolean summary, boolean conductance, boolean resonances,
                      boolean selectivity) {

    public Outputs {
        if (spectraStride < 1) {
            throw new IllegalArgumentException("spectra_stride must be >= 1, got " + spectraStride);
        }
        if (selectivity && !(summary && conductance)) {
            throw new IllegalArgumentException("selectivity needs summary and conductance");
        }
    }

    /** Whether the thermal observables are computed at all. */
    public boolean observables() {
        return conductance || resonances;
    }

    public static Outputs defaults() {
        return new Outputs(false, 1, true, true, true, true);
    }

    /** Energies kept per configuration in the spectra: every stride-th, starting with the first. */
    public int spectraEnergies(int energies) {
        return (energies + spectraStride - 1) / spectraStride;
    }
}

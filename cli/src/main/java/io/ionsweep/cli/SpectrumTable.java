package io.ionsweep.cli;

/** Rows of (config_id, energy_eV, log10 T), structure-of-arrays. */
final class SpectrumTable {
    final long[] configId;
    final double[] energyEv;
    final double[] log10T;
    int size;

    SpectrumTable(int capacity) {
        configId = new long[capacity];
        energyEv = new double[capacity];
        log10T = new double[capacity];
    }

    void add(long id, double[] energies, double[] log10) {
        for (int i = 0; i < energies.length; i++) {
            configId[size] = id;
            energyEv[size] = energies[i];
            log10T[size] = log10[i];
            size++;
        }
    }

    static double transmission(double log10T) {
        return Math.pow(10, log10T);
    }
}

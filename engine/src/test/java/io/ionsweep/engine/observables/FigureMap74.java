package io.ionsweep.engine.observables;

import io.ionsweep.engine.profile.Staircase;

/**
 * figure-map.yaml configuration 74: K+ through four sites, barriers 0.4 eV x 0.15 A, wells 0.05 eV deep and 3 A
 * wide, leads at 0 (300 K in the sweep). Its resonances below the tops reach Q = 1e12, where the transfer-matrix
 * kernels' cancellation shows.
 */
final class FigureMap74 {
    static final double MASS_U = 39.09775142009096;
    /**
     * Its <T> at 300 K from independent_thermal.mean_transmission (mpmath, 40 digits), as scripts/audit_thermal.py
     * computed it (resources/independent/figure-map-74-thermal.json).
     */
    static final double MEAN_TRANSMISSION_MPMATH = 5.177778733696953752e-8;

    private FigureMap74() {}

    static Staircase profile() {
        double[] v = new double[9];
        double[] w = new double[9];
        for (int i = 0; i < 9; i++) {
            v[i] = i % 2 == 0 ? 0.4 : -0.05;
            w[i] = i % 2 == 0 ? 0.15000000000000002 : 3.0;
        }
        return Staircase.of(0, 0, v, w);
    }
}

package io.ionsweep.io.config;

/**
 * Upper limits on config values. They lie far outside ion-channel physics (meV energies, Angstrom
 * filters, masses of a few tens of u) and exist so that every accepted config gives finite kernel
 * arithmetic: e.g. a mass of 1e300 u or an energy of 1e300 eV would turn wave numbers into NaN.
 */
final class Bounds {
    private Bounds() {}

    /** |potential|, |lead|, barrier height, well depth and |energy| in eV. */
    static final double ENERGY_EV = 100;
    /** Layer, barrier and well widths in Angstrom. */
    static final double WIDTH_A = 1000;
    /** Largest mass_factor. */
    static final double MASS_FACTOR = 1000;
    /** Smallest mass_factor and smallest custom mass in u: lighter "ions" would underflow wave numbers. */
    static final double MIN_MASS = 1e-3;
    /** Largest custom species mass in u. */
    static final double MASS_U = 10_000;
    /** Temperature in K. */
    static final double TEMPERATURE_K = 100_000;
    /** |bias| in mV. */
    static final double BIAS_MV = 10_000;
}

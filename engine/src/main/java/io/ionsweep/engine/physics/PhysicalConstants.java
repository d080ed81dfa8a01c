package io.ionsweep.engine.physics;

/**
 * CODATA 2022 recommended values (exact where the 2019 SI fixes them) and the derived
 * constants the engine works with. Engine units: energy eV, length Angstrom, mass u,
 * temperature K, bias mV.
 */
public final class PhysicalConstants {
    private PhysicalConstants() {}

    /** Planck constant h in J s (exact). */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Reduced Planck constant hbar = h / (2 pi) in J s. */
    public static final double HBAR_J_S = PLANCK_J_S / (2.0 * Math.PI);
    /** Elementary charge e in C (exact); also J per eV. */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Boltzmann constant in J/K (exact). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Boltzmann constant in eV/K. */
    public static final double BOLTZMANN_EV_PER_K = BOLTZMANN_J_PER_K / ELEMENTARY_CHARGE_C;
    /** Avogadro constant in 1/mol (exact). */
    public static final double AVOGADRO_PER_MOL = 6.02214076e23;
    /** Unified atomic mass unit u in kg (CODATA 2022). */
    public static final double ATOMIC_MASS_UNIT_KG = 1.66053906892e-27;
    /** Electron mass in u (CODATA 2022). */
    public static final double ELECTRON_MASS_U = 5.485799090441e-4;
    /** Planck constant in eV s. */
    public static final double PLANCK_EV_S = PLANCK_J_S / ELEMENTARY_CHARGE_C;
    /** Reduced Planck constant in eV s. */
    public static final double HBAR_EV_S = HBAR_J_S / ELEMENTARY_CHARGE_C;
    /** Square metres per square Angstrom. */
    public static final double M2_PER_A2 = 1e-20;
    /** eV per mV of bias on a unit charge. */
    public static final double EV_PER_MV = 1e-3;

    /**
     * hbar^2 / (2 u) in eV A^2 (= 2.0900796398894985e-3): the kinetic scale of a 1 u particle,
     * so k^2 = (mass_u / HBAR2_OVER_2U_EV_A2) * (E - V) in 1/A^2.
     */
    public static final double HBAR2_OVER_2U_EV_A2 =
            HBAR_J_S * HBAR_J_S / (2.0 * ATOMIC_MASS_UNIT_KG) / ELEMENTARY_CHARGE_C / M2_PER_A2;

    /** Thermal energy kT in eV at a temperature in K. */
    public static double thermalEnergyEv(double temperatureK) {
        return BOLTZMANN_EV_PER_K * temperatureK;
    }

    /**
     * 2m/hbar^2 in 1/(eV A^2) for a particle of the given mass in u: k^2 = factor * (E - V).
     */
    public static double waveNumberFactor(double massU) {
        return massU / HBAR2_OVER_2U_EV_A2;
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * Conductance and current from Boltzmann-averaged transmissions (all inputs as log10, so opaque
 * profiles stay finite).
 *
 * <p>G = (z e)^2/h * occupancy * <T>. At bias, with the caller's tilted profile (lead potentials
 * V_L, V_R in eV, E0' the higher), I = (z e/h) * occupancy * integral over E > E0' of
 * T(E) [exp(-(E - V_L)/kT) - exp(-(E - V_R)/kT)] dE, and since the bracket is
 * exp(-(E - E0')/kT) [exp((V_L - E0')/kT) - exp((V_R - E0')/kT)] the integral is
 * kT <T>_tilted [exp((V_L - E0')/kT) - exp((V_R - E0')/kT)] (in eV, times e for joules).
 * Classical values use exp(-(Vmax - E0)/kT) in place of <T>.
 */
public final class Transport {
    private static final double PICO = 1e12;
    private static final double LN10 = Math.log(10);

    private Transport() {}

    /** Conductance in pS from log10 of the averaged transmission (<T> or the Arrhenius factor). */
    public static double conductancePs(int charge, double occupancy, double log10Average) {
        double ze = charge * PhysicalConstants.ELEMENTARY_CHARGE_C;
        double log10G = Math.log10(ze * ze / PhysicalConstants.PLANCK_J_S) + Math.log10(occupancy) + log10Average;
        return occupancy == 0 ? 0.0 : Math.pow(10, log10G) * PICO;
    }

    /**
     * Current in pA through a tilted profile.
     *
     * @param tilted       the biased profile (its leads give V_L and V_R)
     * @param log10Average log10 of <T> of {@code tilted} at this kT (or its Arrhenius factor, for the
     *                     classical current)
     */
    public static double currentPa(Staircase tilted, int charge, double occupancy, double kTEv, double log10Average) {
        double vl = tilted.leadLeftEv();
        double vr = tilted.leadRightEv();
        double e0 = Math.max(vl, vr);
        // exp((V_L - E0')/kT) - exp((V_R - E0')/kT): one term is 1, the other below it
        double bracket = -Math.expm1((Math.min(vl, vr) - e0) / kTEv) * (vl >= vr ? 1 : -1);
        double prefactor = charge * PhysicalConstants.ELEMENTARY_CHARGE_C / PhysicalConstants.PLANCK_J_S * occupancy
                * kTEv * PhysicalConstants.ELEMENTARY_CHARGE_C;
        double value = prefactor * bracket * Math.exp(log10Average * LN10) * PICO;
        return Double.isFinite(value) ? value : 0.0;
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;

/**
 * The energy scales of a profile at a temperature.
 *
 * @param kTEv  thermal energy in eV
 * @param e0Ev  E0, the higher lead potential, in eV
 * @param vmaxEv Vmax, the highest point of the profile (leads included, so at least E0), in eV
 */
public record ThermalWindow(double kTEv, double e0Ev, double vmaxEv) {
    /** Default temperature of issue 4, in K. */
    public static final double DEFAULT_TEMPERATURE_K = 300;
    /** The default resonance window ends this many kT above Vmax. */
    public static final double RESONANCE_TOP_KT = 10;

    public ThermalWindow {
        if (!(kTEv > 0) || !Double.isFinite(kTEv)) {
            throw new IllegalArgumentException("temperature_K must give a finite kT > 0, got kT = " + kTEv + " eV");
        }
        if (!(vmaxEv >= e0Ev)) {
            throw new IllegalArgumentException("Vmax must be at least E0, got " + vmaxEv + " < " + e0Ev);
        }
    }

    public static ThermalWindow of(Staircase profile, double temperatureK) {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("temperature_K must be a finite number > 0, got " + temperatureK);
        }
        return new ThermalWindow(PhysicalConstants.thermalEnergyEv(temperatureK),
                Math.max(profile.leadLeftEv(), profile.leadRightEv()), profile.maxPotentialEv());
    }

    /** Vmax + 10 kT: the top of the default resonance window. */
    public double resonanceTopEv() {
        return vmaxEv + RESONANCE_TOP_KT * kTEv;
    }

    /** exp(-(Vmax - E0)/kT) as log10. */
    public double log10ArrheniusFactor() {
        return -(vmaxEv - e0Ev) / kTEv / Math.log(10);
    }
}

package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.Staircase;
import org.junit.jupiter.api.Test;

/** Conductance and current: linear response, antisymmetry, model prefactors. */
class TransportTest {
    private static final double NA_MASS_U = 22.9892207;
    // A symmetric double barrier (Na+), sliced finely under bias.
    private static final LayersProfile DOUBLE = new LayersProfile(0, 0, new double[] {0.12, 0.0, 0.12},
            new double[] {0.35, 1.2, 0.35}, 6);

    private static double currentPa(double biasMv, ObservableSettings settings) {
        Staircase flat = DOUBLE.staircase(0);
        Staircase tilted = DOUBLE.staircase(biasMv * PhysicalConstants.EV_PER_MV);
        return Observables.compute(flat, tilted, NA_MASS_U, 1, settings).currentQuantumPa();
    }

    @Test
    void smallBiasCurrentOverBiasIsTheConductance() {
        ObservableSettings s = ObservableSettings.defaults();
        double biasMv = 0.01;
        Staircase flat = DOUBLE.staircase(0);
        ObservableSummary o = Observables.compute(flat, DOUBLE.staircase(biasMv * PhysicalConstants.EV_PER_MV),
                NA_MASS_U, 1, s);
        // pA / mV = nS: times 1000 for pS
        double gFromCurrent = o.currentQuantumPa() / biasMv * 1e3;
        double gClassical = o.currentClassicalPa() / biasMv * 1e3;
        System.out.printf("G = %.6e pS, I/V = %.6e pS; classical %.6e vs %.6e pS%n", o.conductanceQuantumPs(),
                gFromCurrent, o.conductanceClassicalPs(), gClassical);
        assertEquals(o.conductanceQuantumPs(), gFromCurrent, 1e-3 * o.conductanceQuantumPs());
        assertEquals(o.conductanceClassicalPs(), gClassical, 1e-3 * o.conductanceClassicalPs());
    }

    @Test
    void currentIsOddInTheBiasForASymmetricProfile() {
        ObservableSettings s = ObservableSettings.defaults();
        for (double v : new double[] {5, 40}) {
            double plus = currentPa(v, s);
            double minus = currentPa(-v, s);
            assertTrue(plus > 0, "I(" + v + " mV) = " + plus);
            assertEquals(-plus, minus, 1e-7 * plus, "bias " + v + " mV");
        }
    }

    @Test
    void classicalRateConductanceIsEyringsRate() {
        // (e^2/h) exp(-dV/kT): Eyring's rate kT/h exp(-dV/kT) times the charge e over the voltage kT/e.
        Staircase s = Staircase.of(0, 0, new double[] {0.1}, new double[] {0.5});
        ObservableSummary o = Observables.compute(s, null, 39.0977514, 1, ObservableSettings.defaults());
        double kTJ = PhysicalConstants.BOLTZMANN_J_PER_K * 300;
        double eyringHz = kTJ / PhysicalConstants.PLANCK_J_S * Math.exp(-0.1 / PhysicalConstants.thermalEnergyEv(300));
        double gEyringPs = eyringHz * PhysicalConstants.ELEMENTARY_CHARGE_C / (kTJ / PhysicalConstants.ELEMENTARY_CHARGE_C) * 1e12;
        assertEquals(gEyringPs, o.conductanceClassicalPs(), 1e-12 * gEyringPs);
    }

    @Test
    void landauerOccupancyUsesTheThermalWavelength() {
        // K+ at 300 K: lambda_T = h / sqrt(2 pi m kT) = 0.1612 Angstrom (hand-computed).
        double lambdaA = ConductanceModel.Landauer.thermalWavelengthM(39.0977514, 300) / 1e-10;
        assertEquals(0.1612, lambdaA, 5e-4);
        // 150 mM = 150 mol/m^3 = 9.033e25 /m^3; n lambda^3 = 3.78e-7 (hand-computed)
        double occ = new ConductanceModel.Landauer(150, 1).occupancy(39.0977514, 300);
        assertEquals(3.78e-7, occ, 0.02e-7);
        assertEquals(2 * occ, new ConductanceModel.Landauer(150, 2).occupancy(39.0977514, 300), 1e-15);
    }
}

package io.ionsweep.io.config;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corners of what the loader accepts still give finite log10 T wherever a lead is open. */
class FiniteOutputTest {

    @Test
    void extremeAcceptedValuesGiveFiniteTransmission() {
        SweepPlan plan = ConfigLoader.load("""
                species: [Li+, Ba2+, {name: Heavy, mass_u: 10000, charge: 10}, {name: Light, mass_u: 0.001, charge: -10}]
                mass_factor: [0.001, 1000]
                bias_mV: [-10000, 0, 10000]
                profile:
                  type: layers
                  lead_left_eV: [-100, 0]
                  lead_right_eV: [-100, 100]
                  layers: [[[-100, 100], [1e-300, 1000]], [100, 1000]]
                  slices_per_layer: 2
                energy: {values_eV: [-100, 1e-300, 0.001, 99.9, 100]}
                """, "corners.yaml").plan();
        assertEquals(4L * 2 * 3 * 2 * 2 * 2 * 2, plan.size());
        for (KernelChoice choice : KernelProvider.vectorModulePresent()
                ? new KernelChoice[] {KernelChoice.SCALAR, KernelChoice.VECTOR} : new KernelChoice[] {KernelChoice.SCALAR}) {
            check(plan, KernelProvider.select(choice));
        }
    }

    private static void check(SweepPlan plan, TransmissionKernel kernel) {
        double[] energies = plan.energy().energiesEv();
        double[] log10T = new double[energies.length];
        int open = 0;
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            Staircase s = c.staircase();
            kernel.log10Transmission(s, c.massU(), energies, log10T, energies.length);
            for (int i = 0; i < energies.length; i++) {
                boolean leadsOpen = energies[i] > s.leadLeftEv() && energies[i] > s.leadRightEv();
                if (leadsOpen) {
                    open++;
                    assertTrue(Double.isFinite(log10T[i]) && log10T[i] <= 1e-12,
                            kernel.name() + " config " + id + " " + c.parameters() + " E=" + energies[i] + ": " + log10T[i]);
                } else {
                    assertEquals(Double.NEGATIVE_INFINITY, log10T[i], "closed lead, config " + id);
                }
            }
        }
        assertTrue(open > 500, "open-lead evaluations: " + open);
    }
}

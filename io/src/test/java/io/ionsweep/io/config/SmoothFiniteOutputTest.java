package io.ionsweep.io.config;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corners of what the loader accepts for smooth barriers still give finite log10 T (and a finite
 * error estimate) wherever both leads are open, and exactly T = 0 where one is closed.
 */
class SmoothFiniteOutputTest {

    @Test
    void extremeAcceptedBarriersGiveFiniteTransmission() {
        for (String type : new String[] {"eckart, length_A", "gaussian, sigma_A"}) {
            String[] t = type.split(", ");
            SweepPlan plan = ConfigLoader.load("""
                    species: [{name: Light, mass_u: 0.001, charge: -10}, {name: Heavy, mass_u: 10000, charge: 10}]
                    mass_factor: [0.001, 1000]
                    bias_mV: [-10000, 10000]
                    profile: {type: TYPE, height_eV: [1e-300, 100], WIDTH: [1e-300, 1000], accuracy: 1e-10}
                    energy: {values_eV: [-100, 1e-300, 100]}
                    """.replace("TYPE", t[0]).replace("WIDTH", t[1]), "corners.yaml").plan();
            assertEquals(2L * 2 * 2 * 2 * 2, plan.size());
            check(plan, KernelProvider.get());
        }
    }

    private static void check(SweepPlan plan, TransmissionKernel kernel) {
        double[] energies = plan.energy().energiesEv();
        double[] log10T = new double[energies.length];
        int open = 0;
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            double estimate = c.profile().log10Transmission(kernel, c.massU(), c.biasDropEv(), energies, log10T,
                    energies.length);
            String where = "config " + id + " " + c.parameters();
            assertTrue(Double.isFinite(estimate) && estimate >= 0, where + ": estimate " + estimate);
            for (int i = 0; i < energies.length; i++) {
                // Leads: left at 0, right at -biasDrop.
                boolean leadsOpen = energies[i] > 0 && energies[i] > -c.biasDropEv();
                if (leadsOpen) {
                    open++;
                    assertTrue(Double.isFinite(log10T[i]) && log10T[i] <= 0, where + " E=" + energies[i] + ": " + log10T[i]);
                } else {
                    assertEquals(Double.NEGATIVE_INFINITY, log10T[i], where + " E=" + energies[i]);
                }
            }
        }
        assertTrue(open >= plan.size(), "open-lead evaluations: " + open);
    }
}

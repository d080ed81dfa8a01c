package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.sweep.Configuration;
import org.junit.jupiter.api.Test;

/**
 * A symmetric filter's current at +V and -V from one tilted <T>, the negative drop's, against independent mpmath
 * (resources/independent/tilted-187-mpmath.json): fuzz-multisite configuration 187, whose <T> computed on the
 * positive drop's staircase comes out 2.5e-4 low with nothing flagged, so the test fails if +V is computed as it
 * stands instead of as the mirror image of -V.
 */
class MirroredBiasTest {
    @Test
    void bothSignsCarryTheCurrentOfTheIndependentMean() {
        JsonNode c = ReferenceData.independentCases("tilted-187-mpmath.json").getFirst();
        JsonNode m = c.get("multisite");
        MultisiteProfile filter = new MultisiteProfile(m.get("sites").asInt(), m.get("barrier_height_eV").asDouble(),
                m.get("barrier_width_A").asDouble(), m.get("well_depth_eV").asDouble(), m.get("well_width_A").asDouble(),
                m.get("slices_per_layer").asInt());
        Species species = SpeciesTable.lookup(c.get("species").asText()).orElseThrow();
        double massFactor = c.get("mass_factor").asDouble();
        double temperature = c.get("temperature_K").asDouble();
        double biasMv = c.get("bias_mV").asDouble();
        double meanTransmission = Double.parseDouble(c.get("mean_transmission").asText());
        for (double sign : new double[] {1, -1}) {
            Configuration config = Configuration.of(0, species, massFactor, temperature, sign * biasMv, filter);
            if (sign > 0) {
                assertEquals(ReferenceData.staircase(c), config.staircase(), "the staircase mpmath was given");
            }
            ObservableSummary s = new ThermalObservable().observe(config);
            // I = (z e/h) * occupancy (1, the rate model's default) * kT [1 - exp(-|drop|/kT)] <T>, in the bias's sign
            double kT = PhysicalConstants.BOLTZMANN_EV_PER_K * temperature;
            double e = PhysicalConstants.ELEMENTARY_CHARGE_C;
            double want = sign * species.charge() * e / PhysicalConstants.PLANCK_J_S * kT * e
                    * -Math.expm1(-Math.abs(config.biasDropEv()) / kT) * meanTransmission * 1e12;
            System.out.printf("configuration 187 at %+.2f mV: current %.9e pA, mpmath %.9e (relative %.2e), bound %.2e%n",
                    sign * biasMv, s.currentQuantumPa(), want, s.currentQuantumPa() / want - 1, s.currentUndetermined());
            assertEquals(want, s.currentQuantumPa(), 1e-6 * Math.abs(want), "bias " + sign * biasMv + " mV");
        }
    }
}

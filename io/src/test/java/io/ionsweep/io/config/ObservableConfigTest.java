package io.ionsweep.io.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.observables.ConductanceModel;
import org.junit.jupiter.api.Test;

/** The conductance block, the resonance window and the observable outputs' defaults. */
class ObservableConfigTest {
    private static final String BODY = """
            profile: {type: layers, layers: [[0.1, 0.5]]}
            energy: {min_eV: 0.01, max_eV: 0.25, points: 8}
            """;

    private static SweepConfig load(String yaml) {
        return ConfigLoader.load(yaml, "obs.yaml");
    }

    @Test
    void theDefaultModelIsRateWithOccupancyOneAndIsRecordedInTheResolvedConfig() {
        SweepConfig c = load("species: K+\n" + BODY);
        assertEquals(new ConductanceModel.Rate(1), c.observables().model());
        assertTrue(c.resolvedYaml().contains("conductance:\n  model: rate\n  occupancy: 1.0\n"), c.resolvedYaml());
        SweepConfig again = load(c.resolvedYaml());
        assertEquals(c.observables(), again.observables());
        assertEquals(c.outputs(), again.outputs());
        assertEquals(c.resolvedYaml(), again.resolvedYaml());
    }

    @Test
    void rateAndLandauerModelsAreRead() {
        assertEquals(new ConductanceModel.Rate(0.3),
                load("species: K+\nconductance: {occupancy: 0.3}\n" + BODY).observables().model());
        assertEquals(new ConductanceModel.Rate(0), load("species: K+\nconductance: {model: rate, occupancy: 0}\n" + BODY)
                .observables().model());
        SweepConfig l = load("species: K+\nconductance: {model: landauer, concentration_mM: 150}\n" + BODY);
        assertEquals(new ConductanceModel.Landauer(150, 1), l.observables().model());
        assertTrue(l.resolvedYaml().contains("modes: 1"), l.resolvedYaml());
        assertEquals(new ConductanceModel.Landauer(100, 3), load("species: K+\nconductance: {model: landauer, "
                + "concentration_mM: 100, modes: 3}\n" + BODY).observables().model());
    }

    @Test
    void theResonanceWindowIsTheEnergyRangeOrTheDefaultForAListOfEnergies() {
        SweepConfig range = load("species: K+\n" + BODY);
        assertEquals(0.01, range.observables().resonanceMinEv());
        assertEquals(0.25, range.observables().resonanceMaxEv());
        SweepConfig list = load("species: K+\nprofile: {type: layers, layers: [[0.1, 0.5]]}\n"
                + "energy: {values_eV: [0.3, 0.02, 0.1]}\n");
        assertTrue(Double.isNaN(list.observables().resonanceMinEv()));
        assertTrue(Double.isNaN(list.observables().resonanceMaxEv()));
    }

    @Test
    void observableOutputsAreOnByDefaultAndSelectivityOnlyWhereItCanBeMade() {
        Outputs two = load("species: [K+, Na+]\n" + BODY).outputs();
        assertEquals(new Outputs(false, 1, true, true, true, true), two);
        // one species, a sampled sweep, conductance or summary off: selectivity resolves to false
        assertFalse(load("species: K+\n" + BODY).outputs().selectivity());
        SweepConfig sampled = load("species: [K+, Na+]\nbias_mV: {from: 0, to: 10}\n" + BODY
                + "sample: {method: random, count: 4}\n");
        assertFalse(sampled.outputs().selectivity());
        assertTrue(sampled.resolvedYaml().contains("selectivity: false"), sampled.resolvedYaml());
        assertFalse(load("species: [K+, Na+]\n" + BODY + "outputs: {conductance: false}\n").outputs().selectivity());
        Outputs noSummary = load("species: [K+, Na+]\n" + BODY + "outputs: {summary: false}\n").outputs();
        assertFalse(noSummary.selectivity());
        assertTrue(noSummary.resonances());
        Outputs off = load("species: [K+, Na+]\n" + BODY
                + "outputs: {conductance: false, resonances: false, selectivity: false}\n").outputs();
        assertFalse(off.observables());
        assertEquals(new Outputs(false, 1, true, false, false, false), off);
    }

    /** Only a Cartesian sweep over several biases keeps each profile's unbiased observables for its other biases. */
    @Test
    void theUnbiasedPartIsKeptOnlyWhereProfilesRecurAtSeveralBiases() {
        assertTrue(load("species: K+\nbias_mV: [-50, 0, 50]\n" + BODY).biasSwept());
        assertTrue(load("species: K+\nbias_mV: {from: -100, to: 100, steps: 5}\n" + BODY).biasSwept());
        assertFalse(load("species: K+\nbias_mV: 50\n" + BODY).biasSwept());
        assertFalse(load("species: [K+, Na+]\n" + BODY).biasSwept());
        assertFalse(load("species: K+\nbias_mV: {from: 0, to: 10}\n" + BODY
                + "sample: {method: random, count: 4}\n").biasSwept());
    }
}

package io.ionsweep.io.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepEstimateTest {

    private static final String BASE = """
            species: [K+, Na+]
            bias_mV: [0, 50]
            profile: {type: multisite, sites: 4, barrier_height_eV: 0.1, barrier_width_A: 0.5,
                      well_depth_eV: 0.05, well_width_A: 3.0, slices_per_layer: 16}
            energy: {min_eV: 0.001, max_eV: 0.3, points: 100}
            """;

    @Test
    void countsConfigurationsEnergiesSlicesRowsAndBytes() {
        SweepEstimate e = ConfigLoader.load(BASE + "outputs: {spectra: true, spectra_stride: 3, conductance: false, "
                + "resonances: false}\n", "e.yaml").estimate();
        assertEquals(4, e.configurations());
        assertEquals(100, e.energies());
        // 9 layers: unsliced at 0 mV (9 slices), 16 slices each under bias (144); half the configurations each.
        assertEquals((9 + 144) / 2.0, e.meanSlices(), 1e-12);
        assertEquals(2L * 100 * 9 + 2L * 100 * 144, e.kernelEvaluations());
        assertEquals(4, e.summaryRows());
        assertEquals(4 * 34, e.spectraRows()); // ceil(100 / 3) energies kept
        assertEquals(4 * 34 * SweepEstimate.SPECTRA_ROW_BYTES, e.spectraBytes());
        // Summary row: config_id + 9 numeric parameters + 4 results at 8 bytes, charge 4, species 4 + its
        // name: two rows of "K+" and two of "Na+".
        assertEquals(4 * (8 * (1 + 9 + 4) + 4 + 4) + 2 * 2 + 2 * 3, e.summaryBytes());
        assertEquals(e.summaryBytes() + e.spectraBytes(), e.totalBytes());
        assertTrue(e.describe().contains("configurations:     4"), e.describe());
    }

    @Test
    void theThermalObservablesAddFourteenColumnsToASummaryRow() {
        SweepEstimate off = ConfigLoader.load(BASE + "outputs: {conductance: false, resonances: false}\n", "off.yaml").estimate();
        SweepEstimate on = ConfigLoader.load(BASE + "outputs: {conductance: true, selectivity: false, resonances: false}\n", "on.yaml").estimate();
        // mean_transmission ... current_quantum_undetermined: 14 doubles of 8 bytes per row, 4 rows
        assertEquals(off.summaryBytes() + 4 * 14 * 8, on.summaryBytes());
        assertEquals(off.kernelEvaluations(), on.kernelEvaluations());
    }

    @Test
    void resonanceAndSelectivityRowsAreEstimated() {
        SweepEstimate e = ConfigLoader.load(BASE, "obs.yaml").estimate();
        // 2 species x 2 biases: 2 configurations per species, one pair each
        assertEquals(2, e.selectivityRows());
        // two rows of K+/Na+: 8 numeric columns, 2 string lengths, "K+" and "Na+"
        assertEquals(2 * (8 * 8 + 2 * 4 + 2 + 3), e.selectivityBytes());
        // the 4-site filter has resonances in 0.001..0.3 eV; every configuration is sampled here
        assertTrue(e.resonanceRows() >= 4 * 8, "resonance rows " + e.resonanceRows());
        assertEquals(e.resonanceRows() * SweepEstimate.RESONANCE_ROW_BYTES, e.resonanceBytes());
        assertEquals(e.summaryBytes() + e.resonanceBytes() + e.selectivityBytes(), e.totalBytes());
        assertTrue(e.describe().contains("resonance rows:     " + e.resonanceRows()), e.describe());
        SweepEstimate off = ConfigLoader.load(BASE + "outputs: {resonances: false, selectivity: false}\n", "o.yaml").estimate();
        assertEquals(0, off.resonanceRows());
        assertEquals(0, off.selectivityRows());
        assertEquals(0, off.resonanceBytes() + off.selectivityBytes());
    }

    @Test
    void largeSweepsAreEstimatedWithoutEnumeratingAndComparedToTheLimit() {
        String big = BASE.replace("bias_mV: [0, 50]", "bias_mV: {from: 1, to: 100, steps: 100000}")
                .replace("barrier_height_eV: 0.1", "barrier_height_eV: {from: 0.05, to: 0.2, steps: 10000}")
                + "outputs: {spectra: true, resonances: false}\nlimits: {max_output_bytes: 1GB}\n";
        SweepEstimate e = ConfigLoader.load(big, "big.yaml").estimate();
        assertEquals(2_000_000_000L, e.configurations());
        assertEquals(2_000_000_000L * 100 * 144, e.kernelEvaluations());
        assertEquals(2_000_000_000L * 100 * 32, e.spectraBytes());
        assertTrue(e.exceeds(new Limits(1_000_000_000L)));
        assertFalse(ConfigLoader.load(BASE + "outputs: {resonances: false}\n", "small.yaml").estimate()
                .exceeds(Limits.defaults()));
        assertEquals("1.5 GiB", SweepEstimate.bytes(3L << 29));
    }
}

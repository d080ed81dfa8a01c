package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outputs: {conductance: true}} (the default) adds the thermal observables to the summary table. */
class ConductanceRunTest {
    @TempDir
    Path tmp;

    static final List<String> COLUMNS = List.of("mean_transmission", "log10_mean_transmission", "arrhenius_factor",
            "log10_arrhenius_factor", "tunnelling_enhancement", "conductance_quantum_pS", "conductance_classical_pS",
            "current_quantum_pA", "current_classical_pA", "resonance_count", "first_resonance_eV", "median_spacing_THz",
            "mean_transmission_undetermined", "current_quantum_undetermined");

    /**
     * 2 species x 2 biases x 2 heights x 2 widths = 16 single rectangular barriers. The 0.03 A barrier's
     * first over-barrier resonance, near V + pi^2 hbar^2 / (2 m a^2) (0.59 eV up for K+), is far above
     * Vmax + 10 kT; the 0.4 A barrier's lies a few meV above its top.
     */
    static final String SWEEP = """
            species: [K+, Na+]
            temperature_K: 310
            bias_mV: [0, 20]
            profile:
              type: layers
              layers: [[[0.08, 0.12], [0.03, 0.4]]]
              slices_per_layer: 4
            energy: {min_eV: 0.002, max_eV: 0.2, points: 21}
            outputs: {conductance: true}
            """;

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static void run(Path cfg, Path out) {
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void theColumnsAreWrittenAndAgreeWithTheObservablesAndTheClosedForms() throws Exception {
        Path cfg = write("sweep.yaml", SWEEP);
        Path out = tmp.resolve("out");
        run(cfg, out);
        String summary = Duck.glob(out, "summary");
        List<List<Object>> types = Duck.query("select column_name, column_type from (describe select * from read_parquet("
                + summary + "))");
        for (String c : COLUMNS) {
            // the count is an integer column, the rest doubles
            assertTrue(types.contains(List.of(c, c.equals("resonance_count") ? "BIGINT" : "DOUBLE")), c + " in " + types);
        }
        SweepPlan plan = ConfigLoader.load(cfg).plan();
        List<List<Object>> rows = Duck.query("select config_id, " + String.join(", ", COLUMNS)
                + " from read_parquet(" + summary + ") order by config_id");
        assertEquals(16, rows.size());
        int withResonance = 0;
        int without = 0;
        for (List<Object> row : rows) {
            Configuration c = plan.configuration((Long) row.get(0));
            LayersProfile p = (LayersProfile) c.profile();
            double kT = PhysicalConstants.thermalEnergyEv(c.temperatureK());
            double e0 = Math.max(p.leadLeftEv(), p.leadRightEv());
            double vMax = e0;
            for (double v : p.potentialEv()) {
                vMax = Math.max(vMax, v);
            }
            double arrhenius = Math.exp(-(vMax - e0) / kT);
            assertEquals(arrhenius, (Double) row.get(3), 1e-12 * arrhenius, row.toString());
            for (int k = 1; k <= 10; k++) {
                assertNotNull(row.get(k), COLUMNS.get(k - 1) + " of " + row);
            }
            double current = (Double) row.get(8);
            if (c.biasMv() == 0) {
                assertEquals(0.0, current);
            } else {
                assertTrue(current > 0 && (Double) row.get(9) > 0, row.toString());
            }
            long count = (Long) row.get(10);
            Object first = row.get(11);
            if (p.widthA()[0] < 0.1) {
                assertEquals(0L, count, row.toString());
                assertNull(first, row.toString());
                assertNull(row.get(12), row.toString());
                without++;
            } else {
                assertTrue(count >= 2, row.toString());
                assertTrue((Double) first > vMax && (Double) first < vMax + 10 * kT, row.toString());
                assertTrue((Double) row.get(12) > 0, row.toString());
                withResonance++;
            }
        }
        assertEquals(8, withResonance);
        assertEquals(8, without);

        // A sampled configuration, recomputed through the observables' own entry point, with the resonance
        // window of energy.min_eV..max_eV.
        Configuration c = plan.configuration(13);
        ObservableSummary s = Observables.compute(c.profile().staircase(0), c.biasMv() != 0 ? c.staircase() : null,
                c.massU(), c.species().charge(), new ObservableSettings(310,
                        io.ionsweep.engine.observables.ConductanceModel.defaultModel(), 0.002, 0.2));
        List<Object> row = rows.get(13);
        assertEquals(s.meanTransmission(), (Double) row.get(1));
        assertEquals(s.currentQuantumPa(), (Double) row.get(8));
        assertEquals(s.resonanceCount(), ((Long) row.get(10)).intValue());
    }

    @Test
    void theColumnsAreAbsentWhenSwitchedOffAndMissingForSmoothProfiles() throws Exception {
        Path plain = write("plain.yaml", SWEEP.replace("outputs: {conductance: true}\n", "outputs: {conductance: false}\n"));
        Path out = tmp.resolve("plain");
        run(plain, out);
        List<List<Object>> names = Duck.query("select column_name from (describe select * from read_parquet("
                + Duck.glob(out, "summary") + "))");
        assertFalse(names.contains(List.of("mean_transmission")), names.toString());

        Path smooth = write("smooth.yaml", """
                species: K+
                profile: {type: eckart, height_eV: 0.1, length_A: 0.4}
                energy: {min_eV: 0.002, max_eV: 0.2, points: 11}
                outputs: {conductance: true}
                """);
        Path out2 = tmp.resolve("smooth");
        run(smooth, out2);
        List<List<Object>> rows = Duck.query("select " + String.join(", ", COLUMNS) + " from read_parquet("
                + Duck.glob(out2, "summary") + ")");
        assertEquals(1, rows.size());
        for (Object v : rows.get(0)) {
            assertNull(v);
        }
    }
}

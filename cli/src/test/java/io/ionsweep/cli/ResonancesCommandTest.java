package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.io.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ionsweep resonances}: the poles of the 80-digit reference, full precision CSV and JSON, bad input. */
class ResonancesCommandTest {
    @TempDir
    Path tmp;

    // exact SI values, typed here independently of PhysicalConstants
    private static final double H_EV_S = 6.62607015e-34 / 1.602176634e-19;
    private static final double HBAR_EV_S = H_EV_S / (2 * Math.PI);

    /**
     * resonances.json's na-double-barrier: Na+ through two 0.12 eV x 0.35 A barriers 2.5 A apart, with the
     * reference's ion mass (the built-in Na+ differs from it by 4e-12 relative, which moves E_r as much).
     */
    static final String DOUBLE_BARRIER = """
            species: {name: NaRef+, mass_u: 22.9892207, charge: 1}
            temperature_K: 300
            profile:
              type: layers
              layers: [[0.12, 0.35], [0.0, 2.5], [0.12, 0.35]]
            energy: {min_eV: 0.04, max_eV: 0.16, points: 50}
            """;

    private Path config(String yaml) throws IOException {
        Path p = tmp.resolve("c.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private static CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    record Row(long configId, double e, double gamma, double q, double lifetime, double peak, boolean resolved,
               double spacing) {
        static Row parse(String line) {
            String[] c = line.split(",", -1);
            assertEquals(8, c.length, line);
            assertTrue(c[6].equals("true") || c[6].equals("false"), line);
            return new Row(Long.parseLong(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                    Double.parseDouble(c[3]), Double.parseDouble(c[4]), Double.parseDouble(c[5]), Boolean.parseBoolean(c[6]),
                    Double.parseDouble(c[7]));
        }
    }

    private static List<Row> csv(Path cfg) {
        List<String> lines = ok("resonances", cfg.toString(), "--format", "csv").out().lines().toList();
        assertEquals("config_id,energy_eV,width_eV,q_factor,lifetime_ps,peak_transmission,resolved,spacing_THz",
                lines.get(0));
        return lines.stream().skip(1).map(Row::parse).toList();
    }

    @Test
    void everyReferencePoleIsAReportedRowAndTheRowsAreTheObservablesOwn() throws Exception {
        Path cfg = config(DOUBLE_BARRIER);
        List<Row> rows = csv(cfg);
        JsonNode poles;
        try (InputStream in = getClass().getResourceAsStream("/reference/resonances.json")) {
            assertNotNull(in);
            poles = new ObjectMapper().readTree(in).get("poles");
        }
        Set<Integer> matched = new HashSet<>();
        int reference = 0;
        for (JsonNode p : poles) {
            if (!p.get("name").asText().equals("na-double-barrier")) {
                continue;
            }
            reference++;
            double er = Double.parseDouble(p.get("energy_eV").asText());
            double gr = Double.parseDouble(p.get("width_eV").asText());
            int best = 0;
            for (int i = 1; i < rows.size(); i++) {
                best = Math.abs(rows.get(i).e() - er) < Math.abs(rows.get(best).e() - er) ? i : best;
            }
            Row r = rows.get(best);
            assertTrue(matched.add(best), "two reference poles on one row " + r);
            assertEquals(er, r.e(), 1e-12 * er, "E_r");
            assertTrue(r.resolved(), r.toString());
            assertEquals(gr, r.gamma(), (gr >= 1e-9 * er ? 1e-6 : 1e-3) * gr, "Gamma at " + er);
            // Q, lifetime: closed forms of the row's own E_r and Gamma
            assertEquals(r.e() / r.gamma(), r.q(), 1e-12 * r.q());
            assertEquals(HBAR_EV_S / r.gamma() * 1e12, r.lifetime(), 1e-12 * r.lifetime());
            // a symmetric double barrier transmits fully at its resonances (where they are resolved on the real axis)
            if (gr < 1e-6) {
                assertEquals(1.0, r.peak(), 1e-6, r.toString());
            }
        }
        assertEquals(21, reference);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertEquals(0, r.configId());
            assertTrue(r.e() >= 0.04 && r.e() <= 0.16, "in energy.min_eV..max_eV: " + r);
            if (i + 1 < rows.size()) {
                assertTrue(rows.get(i + 1).e() > r.e(), "sorted and distinct");
                assertEquals((rows.get(i + 1).e() - r.e()) / H_EV_S * 1e-12, r.spacing(), 1e-9 * r.spacing());
            }
        }
        // the same numbers as the observables' entry point, to the last bit
        Configuration c = ConfigLoader.load(cfg).singleConfiguration();
        List<Resonance> expected = Observables.compute(c.profile().staircase(0), null, c.massU(), 1,
                new ObservableSettings(300, ConductanceModel.defaultModel(), 0.04, 0.16)).resonances();
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Resonance e = expected.get(i);
            Row r = rows.get(i);
            assertEquals(List.of(e.energyEv(), e.widthEv(), e.qFactor(), e.lifetimePs(), e.peakTransmission(),
                    e.spacingThz()), List.of(r.e(), r.gamma(), r.q(), r.lifetime(), r.peak(), r.spacing()));
            assertEquals(e.resolved(), r.resolved());
        }
    }

    @Test
    void jsonAndTableCarryTheSameRowsAndASweepGivesRowsPerConfiguration() throws Exception {
        Path cfg = config(DOUBLE_BARRIER.replace("species: {name: NaRef+, mass_u: 22.9892207, charge: 1}", "species: [Na+, K+]"));
        List<Row> rows = csv(cfg);
        assertTrue(rows.stream().anyMatch(r -> r.configId() == 0) && rows.stream().anyMatch(r -> r.configId() == 1));
        JsonNode json = new ObjectMapper().readTree(ok("resonances", cfg.toString(), "--format", "json").out());
        assertEquals(rows.size(), json.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode j = json.get(i);
            Row r = rows.get(i);
            assertEquals(r.configId(), j.get("config_id").asLong());
            assertEquals(r.e(), j.get("energy_eV").asDouble());
            assertEquals(r.gamma(), j.get("width_eV").asDouble());
            assertEquals(r.resolved(), j.get("resolved").asBoolean());
            assertTrue(j.get("resolved").isBoolean());
            assertEquals(r.spacing(), j.get("spacing_THz").asDouble());
        }
        List<String> table = ok("resonances", cfg.toString()).out().lines().toList();
        assertEquals(rows.size() + 1, table.size());
        assertTrue(table.get(0).trim().startsWith("config_id"), table.get(0));
        assertTrue(table.get(0).contains("spacing_THz"), table.get(0));
    }

    @Test
    void aWindowFromAListOfEnergiesIsTheDefaultOneAndSmoothProfilesHaveNone() throws Exception {
        // values_eV: the default window E0 .. Vmax + 10 kT = 0 .. 0.12 + 0.2585 eV
        List<Row> rows = csv(config(DOUBLE_BARRIER.replace("energy: {min_eV: 0.04, max_eV: 0.16, points: 50}",
                "energy: {values_eV: [0.05, 0.1]}")));
        double top = 0.12 + 10 * 1.380649e-23 * 300 / 1.602176634e-19;
        assertTrue(rows.stream().allMatch(r -> r.e() >= 0 && r.e() <= top));
        assertTrue(rows.stream().anyMatch(r -> r.e() < 0.04) && rows.stream().anyMatch(r -> r.e() > 0.16));
        CliRunner smooth = ok("resonances", config("""
                species: K+
                profile: {type: eckart, height_eV: 0.1, length_A: 0.4}
                energy: {min_eV: 0.002, max_eV: 0.2, points: 11}
                """).toString(), "--format", "csv");
        assertEquals(1, smooth.out().lines().count(), "header only");
        assertTrue(smooth.err().contains("smooth profile"), smooth.err());
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        Path cfg = config(DOUBLE_BARRIER);
        CliRunner fmt = CliRunner.run("resonances", cfg.toString(), "--format", "xml");
        assertEquals(2, fmt.exitCode());
        assertTrue(fmt.err().contains("--format: 'xml' is not allowed; allowed: table, csv, json"), fmt.err());
        CliRunner big = CliRunner.run("resonances", config(DOUBLE_BARRIER.replace("temperature_K: 300",
                "temperature_K: {from: 250, to: 350, steps: 1001}")).toString());
        assertEquals(2, big.exitCode());
        assertTrue(big.err().contains("1001 configurations; resonances handles at most 1000"), big.err());
        CliRunner bad = CliRunner.run("resonances", config(DOUBLE_BARRIER + "conductance: {model: landauer}\n").toString());
        assertEquals(2, bad.exitCode());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("conductance.concentration_mM: missing required key"), bad.err());
        List<String> noFile = new ArrayList<>(List.of("resonances", tmp.resolve("none.yaml").toString()));
        CliRunner missing = CliRunner.run(noFile.toArray(String[]::new));
        assertEquals(2, missing.exitCode());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }

    /** --audit checks every resolved row against the amplitude: the double barrier's rows all pass, exit 0. */
    @Test
    void auditChecksEveryResolvedRow() throws IOException {
        Path cfg = config(DOUBLE_BARRIER);
        long resolved = csv(cfg).stream().filter(Row::resolved).count();
        assertTrue(resolved > 0);
        CliRunner r = ok("resonances", cfg.toString(), "--format", "csv", "--audit");
        List<String> err = r.err().lines().filter(l -> l.startsWith("audit: ")).toList();
        assertEquals(List.of("audit: " + resolved + " resolved row(s) checked (0 at double zeros, 0 left out), 0 mismatch(es)"),
                err, r.err());
        // the rows themselves are as without the audit
        assertEquals(csv(cfg).size() + 1, r.out().lines().count());
    }
}

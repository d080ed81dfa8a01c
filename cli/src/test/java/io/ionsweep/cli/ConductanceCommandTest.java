package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConductanceCommandTest {
    @TempDir
    Path tmp;

    private Path sweep() throws IOException {
        Path p = tmp.resolve("sweep.yaml");
        Files.writeString(p, ConductanceRunTest.SWEEP);
        return p;
    }

    private static CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    @Test
    void csvHasConfigIdAndTheSummaryColumnsWithEmptyCellsWhereUndefined() throws IOException {
        Path cfg = sweep();
        List<String> lines = ok("conductance", cfg.toString(), "--format", "csv").out().lines().toList();
        assertEquals("config_id," + String.join(",", ConductanceRunTest.COLUMNS), lines.get(0));
        assertEquals(17, lines.size());
        SweepPlan plan = ConfigLoader.load(cfg).plan();
        for (int id = 0; id < 16; id++) {
            String[] cells = lines.get(id + 1).split(",", -1);
            assertEquals(15, cells.length, lines.get(id + 1));
            assertEquals(Integer.toString(id), cells[0]);
            Configuration c = plan.configuration(id);
            LayersProfile p = (LayersProfile) c.profile();
            double kT = PhysicalConstants.thermalEnergyEv(c.temperatureK());
            double arrhenius = Math.exp(-p.potentialEv()[0] / kT);
            assertEquals(arrhenius, Double.parseDouble(cells[3]), 1e-12 * arrhenius);
            boolean thin = p.widthA()[0] < 0.1;
            assertEquals(thin, cells[11].isEmpty(), lines.get(id + 1));
            assertEquals(thin, cells[12].isEmpty(), lines.get(id + 1));
            // single barriers have no resonance narrower than double precision resolves
            assertEquals("0.0", cells[13]);
            assertEquals("0.0", cells[14]);
        }
    }

    @Test
    void jsonAndTableCarryTheSameValues() throws IOException {
        Path cfg = sweep();
        List<String> csv = ok("conductance", cfg.toString(), "--format", "csv").out().lines().toList();
        JsonNode json = new ObjectMapper().readTree(ok("conductance", cfg.toString(), "--format", "json").out());
        assertEquals(16, json.size());
        List<String> columns = new ArrayList<>(List.of("config_id"));
        columns.addAll(ConductanceRunTest.COLUMNS);
        for (int id = 0; id < 16; id++) {
            String[] cells = csv.get(id + 1).split(",", -1);
            JsonNode row = json.get(id);
            assertEquals(columns.size(), row.size());
            for (int k = 1; k < columns.size(); k++) {
                JsonNode v = row.get(columns.get(k));
                if (cells[k].isEmpty()) {
                    assertTrue(v.isNull(), columns.get(k) + " of " + row);
                } else {
                    assertEquals(Double.parseDouble(cells[k]), v.asDouble(), columns.get(k) + " of " + row);
                }
            }
        }
        List<String> table = ok("conductance", cfg.toString()).out().lines().toList();
        assertEquals(17, table.size());
        assertTrue(table.get(0).trim().startsWith("config_id"), table.get(0));
        assertTrue(table.get(0).contains("first_resonance_eV"), table.get(0));
        // median_spacing_THz (the 13th column) is missing for the eight thin barriers
        assertEquals(8, table.stream().skip(1).filter(l -> l.trim().split("\\s+")[12].equals("-")).count());
    }

    @Test
    void aBadFormatIsABadInput() throws IOException {
        CliRunner r = CliRunner.run("conductance", sweep().toString(), "--format", "xml");
        assertEquals(Main.EXIT_BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void aSmoothProfileGivesMissingValuesAndANote() throws IOException {
        Path cfg = tmp.resolve("smooth.yaml");
        Files.writeString(cfg, """
                species: K+
                profile: {type: eckart, height_eV: 0.1, length_A: 0.4}
                energy: {min_eV: 0.002, max_eV: 0.2, points: 11}
                """);
        CliRunner r = ok("conductance", cfg.toString(), "--format", "csv");
        assertEquals("0" + ",".repeat(14), r.out().lines().toList().get(1));
        assertTrue(r.err().contains("smooth profile"), r.err());
    }

    @Test
    void theConductanceModelOfTheConfigIsUsed() throws IOException {
        Path rate = sweep();
        Path landauer = tmp.resolve("landauer.yaml");
        Files.writeString(landauer, ConductanceRunTest.SWEEP + "conductance: {model: landauer, concentration_mM: 150}\n");
        List<String> a = ok("conductance", rate.toString(), "--format", "csv").out().lines().toList();
        List<String> b = ok("conductance", landauer.toString(), "--format", "csv").out().lines().toList();
        SweepPlan plan = ConfigLoader.load(rate).plan();
        for (int id = 0; id < 16; id++) {
            String[] x = a.get(id + 1).split(",", -1);
            String[] y = b.get(id + 1).split(",", -1);
            Configuration c = plan.configuration(id);
            // n lambda_T^3 by hand: 150 mM = 150 mol/m^3; lambda_T = h / sqrt(2 pi m kT) (exact SI constants)
            double massKg = c.massU() * 1.66053906892e-27;
            double lambda = 6.62607015e-34 / Math.sqrt(2 * Math.PI * massKg * 1.380649e-23 * c.temperatureK());
            double occupancy = 150 * 6.02214076e23 * lambda * lambda * lambda;
            for (int k : new int[] {6, 7, 8, 9}) { // conductances and currents
                double ratio = Double.parseDouble(y[k]) / Double.parseDouble(x[k]);
                if (Double.parseDouble(x[k]) != 0) {
                    assertEquals(occupancy, ratio, 1e-9 * occupancy, "column " + k + " of config " + id);
                }
            }
            assertEquals(x[1], y[1], "<T> does not depend on the model");
        }
    }
}

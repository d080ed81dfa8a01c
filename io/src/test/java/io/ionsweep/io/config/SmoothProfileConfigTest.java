package io.ionsweep.io.config;

import io.ionsweep.engine.profile.EckartProfile;
import io.ionsweep.engine.profile.GaussianProfile;
import io.ionsweep.engine.profile.Interpolation;
import io.ionsweep.engine.profile.TableProfile;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smooth profile types in configs: keys, defaults, sweep order, and tables found next to the config. */
class SmoothProfileConfigTest {
    /** 1 kcal/mol in eV: 1 / (N_A * 4.184 J / e / 1000) = 1 / 23.0605478306190 (N_A, e exact in the SI). */
    private static final double EV_PER_KCAL_PER_MOL = 1 / 23.0605478306190;
    /** k_B in eV/K as published by CODATA (10 digits). */
    private static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    private static final String ENERGY = "energy: {min_eV: 0.01, max_eV: 0.2, points: 4}\n";

    @TempDir
    Path tmp;

    @Test
    void anEckartSweepNumbersHeightThenLengthAndFillsTheDefaults() {
        SweepPlan plan = ConfigLoader.load("""
                species: K+
                profile:
                  type: eckart
                  height_eV: [0.05, 0.1]
                  length_A: {from: 0.25, to: 1.0, steps: 4}
                """ + ENERGY, "e.yaml").plan();
        assertEquals(8, plan.size());
        assertEquals(List.of("height_eV", "length_A"), plan.sweptParameters());
        assertEquals(List.of("species", "mass_u", "charge", "mass_factor", "temperature_K", "bias_mV", "height_eV",
                "length_A", "center_A", "field_width_A", "accuracy"), plan.parameterColumns());
        long id = 0;
        for (double height : new double[] {0.05, 0.1}) {
            for (double length : new double[] {0.25, 0.5, 0.75, 1.0}) {
                EckartProfile p = assertInstanceOf(EckartProfile.class, plan.configuration(id++).profile());
                // Defaults: centred at 0, the bias ramp 6 lengths wide, accuracy 1e-6.
                assertEquals(new EckartProfile(height, length, 0.0, 6 * length, 1e-6), p);
            }
        }
    }

    @Test
    void everyGaussianParameterIsAnAxisInTheDeclaredOrder() {
        SweepPlan plan = ConfigLoader.load("""
                species: Na+
                profile:
                  type: gaussian
                  height_eV: 0.12
                  sigma_A: [0.4, 0.8]
                  center_A: [-1, 1]
                  field_width_A: [2, 4]
                  accuracy: {from: 1e-8, to: 1e-4, steps: 3, scale: log}
                """ + ENERGY, "g.yaml").plan();
        assertEquals(2 * 2 * 2 * 3, plan.size());
        assertEquals(List.of("sigma_A", "center_A", "field_width_A", "accuracy"), plan.sweptParameters());
        long id = 0;
        for (double sigma : new double[] {0.4, 0.8}) {
            for (double center : new double[] {-1, 1}) {
                for (double field : new double[] {2, 4}) {
                    for (double accuracy : new double[] {1e-8, 1e-6, 1e-4}) {
                        GaussianProfile p = assertInstanceOf(GaussianProfile.class, plan.configuration(id++).profile());
                        assertEquals(0.12, p.heightEv());
                        assertEquals(sigma, p.sigmaA());
                        assertEquals(center, p.centerA());
                        assertEquals(field, p.fieldWidthA());
                        assertEquals(accuracy, p.accuracy(), 1e-12 * accuracy);
                    }
                }
            }
        }
    }

    @Test
    void theResolvedSmoothConfigReloadsToTheSamePlan() {
        SweepConfig config = ConfigLoader.load("species: K+\nprofile: {type: eckart, height_eV: 0.1, length_A: [0.3, 0.6]}\n"
                + ENERGY, "e.yaml");
        String resolved = config.resolvedYaml();
        assertTrue(resolved.contains("center_A: 0.0") && resolved.contains("accuracy: 1.0E-6"), resolved);
        assertFalse(resolved.contains("field_width_A"), "its default follows the length: " + resolved);
        SweepConfig again = ConfigLoader.load(resolved, "resolved.yaml");
        for (long id = 0; id < 2; id++) {
            assertEquals(config.plan().configuration(id).profile(), again.plan().configuration(id).profile());
        }
    }

    private Path writeTable(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String PMF = "x_A,V_kcal/mol\n-2.0,0.5\n-1.0,-1.0\n0.0,2.0\n1.0,-1.0\n2.0,0.25\n";
    private static final String TABLE_CONFIG = "species: K+\nprofile: {type: table, file: tables/pmf.csv}\n" + ENERGY;

    @Test
    void aTableFileIsFoundNextToTheConfigAndConvertedToEv() throws IOException {
        Path configs = tmp.resolve("configs");
        writeTable(configs.resolve("tables"), "pmf.csv", PMF);
        Path config = Files.writeString(configs.resolve("pmf.yaml"), TABLE_CONFIG);
        SweepConfig loaded = ConfigLoader.load(config);
        TableProfile p = assertInstanceOf(TableProfile.class, loaded.plan().configuration(0).profile());
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, p.xA());
        double k = EV_PER_KCAL_PER_MOL;
        assertArrayEquals(new double[] {0.5 * k, -k, 2 * k, -k, 0.25 * k}, p.potentialEv(), 1e-12);
        // Defaults: leads at the end values, PCHIP, accuracy 1e-6.
        assertEquals(0.5 * k, p.leadLeftEv(), 1e-12);
        assertEquals(0.25 * k, p.leadRightEv(), 1e-12);
        assertEquals(Interpolation.PCHIP, p.interpolation());
        assertEquals(1e-6, p.accuracy());
        // The same text loaded from elsewhere does not find the table: the path is the config's, not the process's.
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(TABLE_CONFIG, "elsewhere.yaml"));
        assertEquals("profile.file", e.keyPath());
        assertTrue(e.getMessage().contains("no such file: tables/pmf.csv"), e.getMessage());
    }

    @Test
    void theResolvedTableConfigNamesUnitAndHashAndRefusesAChangedTable() throws IOException {
        Path table = writeTable(tmp, "pmf.csv", PMF);
        SweepConfig config = ConfigLoader.load(TABLE_CONFIG.replace("tables/pmf.csv", table.getFileName().toString()),
                "t.yaml", tmp);
        String resolved = config.resolvedYaml();
        for (String key : List.of("unit: kcal/mol", "interpolation: pchip", "lead_left_eV: 0.0216",
                "file_sha256: " + SHA256_OF_PMF)) {
            assertTrue(resolved.contains(key), key + " in\n" + resolved);
        }
        assertEquals(config.plan().configuration(0).profile(),
                ConfigLoader.load(resolved, "resolved.yaml", tmp).plan().configuration(0).profile());
        Files.writeString(table, PMF.replace("2.0,0.25", "2.0,0.3"));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(resolved, "resolved.yaml", tmp));
        assertEquals("profile.file_sha256", e.keyPath());
        assertTrue(e.getMessage().contains("(the table changed?)"), e.getMessage());
    }

    /** printf 'x_A,V_kcal/mol\n-2.0,0.5\n-1.0,-1.0\n0.0,2.0\n1.0,-1.0\n2.0,0.25\n' | sha256sum */
    private static final String SHA256_OF_PMF = "bd07f204161d13fd5947e0f994f0c9e3ac69ae9f9219a7afd18fa13b5efe6648";

    @Test
    void tableLeadsAndAccuracyAreSweptLeadsFirst() throws IOException {
        writeTable(tmp, "pmf.csv", PMF);
        SweepPlan plan = ConfigLoader.load("""
                species: K+
                profile:
                  type: table
                  file: pmf.csv
                  interpolation: linear
                  lead_right_eV: [-0.1, 0]
                  accuracy: [1e-6, 1e-8]
                """ + ENERGY, "t.yaml", tmp).plan();
        assertEquals(List.of("lead_right_eV", "accuracy"), plan.sweptParameters());
        long id = 0;
        for (double right : new double[] {-0.1, 0}) {
            for (double accuracy : new double[] {1e-6, 1e-8}) {
                TableProfile p = (TableProfile) plan.configuration(id++).profile();
                assertEquals(right, p.leadRightEv());
                assertEquals(accuracy, p.accuracy());
                assertEquals(Interpolation.LINEAR, p.interpolation());
                assertEquals(0.5 * EV_PER_KCAL_PER_MOL, p.leadLeftEv(), 1e-12);
            }
        }
    }

    @Test
    void kTTablesConvertAtTheConfigsSingleTemperature() throws IOException {
        writeTable(tmp, "kt.csv", "x_A,V\n0.0,0.0\n0.5,4.0\n1.0,0.0\n");
        for (String temperature : List.of("310", "[310]")) {
            Configuration c = ConfigLoader.load("species: K+\ntemperature_K: " + temperature
                    + "\nprofile: {type: table, file: kt.csv, unit: kT}\n" + ENERGY, "kt.yaml", tmp).plan().configuration(0);
            TableProfile p = (TableProfile) c.profile();
            assertEquals(4 * BOLTZMANN_EV_PER_K * 310, p.potentialEv()[1], 1e-10);
        }
    }
}

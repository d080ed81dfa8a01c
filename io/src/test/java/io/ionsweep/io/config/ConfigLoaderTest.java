package io.ionsweep.io.config;

import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SampledSweep;
import io.ionsweep.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    private static final String SPECTRUM = """
            # one K+ spectrum through two explicit layers
            species: K+
            mass_factor: 1.5
            bias_mV: 20
            profile:
              type: layers
              lead_right_eV: -0.01
              layers: [[0.1, 1.0], [-0.05, 2.5]]
              slices_per_layer: 4
            energy: {min_eV: 0.001, max_eV: 0.3, points: 300}
            """;

    @Test
    void aSpectrumConfigIsASweepOfOneConfiguration() {
        SweepConfig config = ConfigLoader.load(SPECTRUM, "spectrum.yaml");
        SweepPlan plan = config.plan();
        assertEquals(1, plan.size());
        assertEquals(List.of(), plan.sweptParameters());
        assertEquals(300, plan.energy().size());
        assertEquals(0.001, plan.energy().energyEv(0));
        assertEquals(0.3, plan.energy().energyEv(299));
        Configuration c = plan.configuration(0);
        assertEquals(SpeciesTable.lookup("K+").orElseThrow(), c.species());
        assertEquals(1.5, c.massFactor());
        assertEquals(300.0, c.temperatureK());
        assertEquals(20.0, c.biasMv());
        LayersProfile p = assertInstanceOf(LayersProfile.class, c.profile());
        assertEquals(0.0, p.leadLeftEv());
        assertEquals(-0.01, p.leadRightEv());
        assertArrayEquals(new double[] {0.1, -0.05}, p.potentialEv());
        assertArrayEquals(new double[] {1.0, 2.5}, p.widthA());
        assertEquals(4, p.slicesPerLayer());
        assertEquals(8, c.staircase().sliceCount());
        assertEquals(List.of("species", "mass_u", "charge", "mass_factor", "temperature_K", "bias_mV", "lead_left_eV",
                "lead_right_eV", "layer0_potential_eV", "layer0_width_A", "layer1_potential_eV", "layer1_width_A"),
                plan.parameterColumns());
        // the defaults, but one species has no selectivity table
        assertEquals(new Outputs(false, 1, true, true, true, false), config.outputs());
        assertEquals(ParquetOptions.defaults(), config.parquet());
        assertEquals(Limits.defaults(), config.limits());
        assertEquals("spectrum", config.name());
        assertEquals(null, config.sampling());
    }

    @Test
    void aSweepWithListsAndRangesNumbersConfigurationsLikeTheNestedLoop() {
        String yaml = """
                name: grid
                species: [K+, Na+, {name: X2+, mass_u: 50.5, charge: 2}]
                temperature_K: [280, 310]
                bias_mV: {from: -40, to: 40, steps: 3}
                profile:
                  type: multisite
                  sites: [1, 3]
                  barrier_height_eV: {from: 0.01, to: 1.0, steps: 3, scale: log}
                  barrier_width_A: 0.5
                  well_depth_eV: [0.0, 0.1]
                  well_width_A: 2
                energy: {values_eV: [0.05, 0.01, 0.2]}
                """;
        SweepPlan plan = ConfigLoader.load(yaml, "grid.yaml").plan();
        assertInstanceOf(CartesianSweep.class, plan);
        assertEquals(3L * 2 * 3 * 2 * 3 * 2, plan.size());
        assertArrayEquals(new double[] {0.05, 0.01, 0.2}, plan.energy().energiesEv());
        assertEquals(List.of("species", "mass_u", "charge", "temperature_K", "bias_mV", "sites", "barrier_height_eV",
                "well_depth_eV"), plan.sweptParameters());
        String[] species = {"K+", "Na+", "X2+"};
        long id = 0;
        for (String s : species) {
            for (double t : new double[] {280, 310}) {
                for (double bias : new double[] {-40, 0, 40}) {
                    for (int sites : new int[] {1, 3}) {
                        for (double height : new double[] {0.01, 0.1, 1.0}) {
                            for (double depth : new double[] {0.0, 0.1}) {
                                Configuration c = plan.configuration(id);
                                assertEquals(s, c.parameters().get("species"), "id " + id);
                                assertEquals(t, c.temperatureK());
                                assertEquals(bias, c.biasMv(), 1e-12);
                                MultisiteProfile p = (MultisiteProfile) c.profile();
                                assertEquals(sites, p.sites());
                                assertEquals(height, p.barrierHeightEv(), 1e-12 * height);
                                assertEquals(depth, p.wellDepthEv());
                                assertEquals(0.5, p.barrierWidthA());
                                assertEquals(2.0, p.wellWidthA());
                                id++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(plan.size(), id);
        Configuration custom = plan.configuration(plan.size() - 1);
        assertEquals(50.5, custom.parameters().get("mass_u"));
        assertEquals(2, custom.parameters().get("charge"));
        assertEquals(2 * 40 * 1e-3, custom.biasDropEv(), 1e-15);
    }

    private static final String SAMPLED = """
            species: [K+, Na+, Rb+]
            mass_factor: {from: 1, to: 3}
            temperature_K: {from: 10, to: 1000, scale: log}
            bias_mV: {from: -100, to: 100, steps: 5}    # steps is not used when sampling
            profile:
              type: layers
              layers:
                - [{from: 0.0, to: 0.2}, {from: 0.2, to: 2.0}]
                - [[-0.1, -0.05], 1.0]
            energy: {min_eV: 0.01, max_eV: 0.3, points: 16}
            sample: {method: METHOD, count: 3000, seed: 11}
            """;

    @Test
    void sampledSweepsAreDeterministicAndStayInTheirRanges() {
        for (String method : List.of("random", "sobol")) {
            String yaml = SAMPLED.replace("METHOD", method);
            SweepConfig a = ConfigLoader.load(yaml, "sample.yaml");
            SweepConfig b = ConfigLoader.load(yaml, "sample.yaml");
            SampledSweep plan = assertInstanceOf(SampledSweep.class, a.plan());
            assertEquals(3000, plan.size());
            assertEquals(new SweepConfig.SamplingSpec(method, 3000, 11, false), a.sampling());
            assertEquals(List.of("species", "mass_factor", "temperature_K", "bias_mV", "layer0_potential_eV",
                    "layer0_width_A", "layer1_potential_eV"), plan.dimensionNames());
            boolean[] seenSpecies = new boolean[3];
            for (long id = 0; id < plan.size(); id++) {
                Configuration c = plan.configuration(id);
                assertEquals(c.parameters(), b.plan().configuration(id).parameters(), method + " id " + id);
                assertTrue(c.massFactor() >= 1 && c.massFactor() <= 3);
                assertTrue(c.temperatureK() >= 10 && c.temperatureK() <= 1000);
                assertTrue(c.biasMv() >= -100 && c.biasMv() <= 100);
                LayersProfile p = (LayersProfile) c.profile();
                assertTrue(p.potentialEv()[0] >= 0 && p.potentialEv()[0] <= 0.2);
                assertTrue(p.widthA()[0] >= 0.2 && p.widthA()[0] <= 2.0);
                assertTrue(p.potentialEv()[1] == -0.1 || p.potentialEv()[1] == -0.05);
                assertEquals(1.0, p.widthA()[1]);
                seenSpecies[List.of("K+", "Na+", "Rb+").indexOf(c.species().name())] = true;
            }
            assertArrayEquals(new boolean[] {true, true, true}, seenSpecies);
            SweepConfig otherSeed = ConfigLoader.load(yaml.replace("seed: 11", "seed: 12"), "sample.yaml");
            if (method.equals("random")) {
                assertNotEquals(a.plan().configuration(7).parameters(), otherSeed.plan().configuration(7).parameters());
            }
        }
    }

    @Test
    void scrambledSobolDependsOnTheSeed() {
        String yaml = SAMPLED.replace("METHOD", "sobol").replace("seed: 11", "seed: 11, scramble: true");
        SweepConfig a = ConfigLoader.load(yaml, "s.yaml");
        SweepConfig b = ConfigLoader.load(yaml.replace("seed: 11", "seed: 12"), "s.yaml");
        assertTrue(a.sampling().scramble());
        assertNotEquals(a.plan().configuration(7).parameters(), b.plan().configuration(7).parameters());
    }

    @Test
    void theResolvedConfigHasEveryDefaultAndLoadsToTheSamePlan() {
        SweepConfig config = ConfigLoader.load(SPECTRUM, "spectrum.yaml");
        String resolved = config.resolvedYaml();
        for (String key : List.of("temperature_K: 300.0", "lead_left_eV: 0.0", "spectra: false", "spectra_stride: 1",
                "summary: true", "codec: zstd", "row_group_mb: 64", "max_output_bytes: " + Limits.DEFAULT_MAX_OUTPUT_BYTES)) {
            assertTrue(resolved.contains(key), key + " in\n" + resolved);
        }
        SweepConfig again = ConfigLoader.load(resolved, "resolved.yaml");
        assertEquals(config.plan().configuration(0).parameters(), again.plan().configuration(0).parameters());
        assertEquals(config.plan().energy(), again.plan().energy());
        assertEquals(config.outputs(), again.outputs());
        assertEquals(resolved, again.resolvedYaml());
    }

    @Test
    void runOptionsAreRead() {
        SweepConfig c = ConfigLoader.load(SPECTRUM + """
                outputs: {spectra: true, spectra_stride: 3, conductance: true}
                parquet: {codec: snappy, row_group_mb: 8}
                limits: {max_output_bytes: 500MB}
                description: two layers
                """, "opts.yaml");
        // one species: selectivity resolves to false; resonances are on by default
        assertEquals(new Outputs(true, 3, true, true, true, false), c.outputs());
        assertEquals(new ParquetOptions(io.ionsweep.io.parquet.Codec.SNAPPY, 8), c.parquet());
        assertEquals(500_000_000L, c.limits().maxOutputBytes());
        assertEquals("two layers", c.description());
        assertEquals(2L << 30, ConfigLoader.load(SPECTRUM + "limits: {max_output_bytes: 2GiB}\n", "l.yaml")
                .limits().maxOutputBytes());
        assertEquals(12345L, ConfigLoader.load(SPECTRUM + "limits: {max_output_bytes: 12345}\n", "l.yaml")
                .limits().maxOutputBytes());
    }

    @Test
    void plainYamlFeaturesStillWork() {
        // Anchors and aliases, explicit core tags, flow and block style, comments.
        SweepConfig c = ConfigLoader.load("""
                species: !!str K+
                bias_mV: &b [10, 20]
                temperature_K: !!float 300
                profile:
                  type: multisite
                  sites: !!int 2
                  barrier_height_eV: 0.1
                  barrier_width_A: 0.5
                  well_depth_eV: 0.0
                  well_width_A: 1
                energy: {min_eV: 0.01, max_eV: 0.2, points: 4}
                """, "anchors.yaml");
        assertEquals(2, c.plan().size());
        assertEquals(20.0, c.plan().configuration(1).biasMv());
    }

    /** Every bundled example must load, in subdirectories too. */
    @Test
    void everyBundledConfigLoads() throws IOException {
        Path dir = Path.of("..", "configs");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        for (String expected : List.of("quickstart.yaml", "kcsa-scan.yaml", "eckart-barrier.yaml", "pmf/kcsa-like-4site.yaml")) {
            assertTrue(files.stream().anyMatch(p -> p.endsWith(expected)), expected + " in " + files);
        }
        for (Path f : files) {
            SweepConfig c = ConfigLoader.load(f);
            assertTrue(c.plan().size() >= 1, f.toString());
            assertFalse(c.estimate().exceeds(c.limits()), f + " exceeds its own output limit");
        }
        SweepConfig quick = ConfigLoader.load(dir.resolve("quickstart.yaml"));
        assertTrue(quick.plan().size() <= 100, "the quickstart must stay small: " + quick.plan().size());
        assertTrue(quick.plan().configuration(0).species().name().equals("K+"));
        assertEquals(12_000, ConfigLoader.load(dir.resolve("kcsa-scan.yaml")).plan().size());
    }
}

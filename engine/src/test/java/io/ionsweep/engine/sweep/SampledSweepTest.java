package io.ionsweep.engine.sweep;

import io.ionsweep.engine.profile.MultisiteProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampledSweepTest {

    private static final EnergyGrid ENERGY = EnergyGrid.linear(0.001, 0.3, 4);

    /** Two species, a log temperature range, a linear bias range, a sites list, fixed rest. */
    private static SweepSpace space() {
        return new SweepSpace(List.of(SweepFixtures.k(), SweepFixtures.na()),
                Axis.fixed("mass_factor", 1),
                RangeAxis.continuous("temperature_K", 10, 1000, Scale.LOG),
                RangeAxis.continuous("bias_mV", -50, 150, Scale.LINEAR),
                ProfileTemplates.multisite(new ListAxis("sites", new double[] {1, 2, 3}),
                        Axis.fixed("barrier_height_eV", 0.1), Axis.fixed("barrier_width_A", 1),
                        Axis.fixed("well_depth_eV", 0.05), Axis.fixed("well_width_A", 1.5), 16));
    }

    @Test
    void dimensionsAreTheSweptParametersInCanonicalOrder() {
        SampledSweep plan = new SampledSweep(space(), ENERGY, SamplingMethod.SOBOL, 10, 0, false);
        assertEquals(List.of("species", "temperature_K", "bias_mV", "sites"), plan.dimensionNames());
        // K+ and Na+ differ in mass but not in charge.
        assertEquals(List.of("species", "mass_u", "temperature_K", "bias_mV", "sites"), plan.sweptParameters());
        assertEquals(10, plan.size());
        // Sobol point config_id + 1: point 1 is (0.5, 0.5, 0.5, 0.5).
        Configuration c = plan.configuration(0);
        assertEquals("Na+", c.species().name());
        assertEquals(100.0, c.temperatureK(), 1e-9); // log-midpoint of 10..1000
        assertEquals(50.0, c.biasMv(), 1e-12);
        assertEquals(2, ((MultisiteProfile) c.profile()).sites());
    }

    @Test
    void configurationsDependOnlyOnSeedAndIdNotOnOrderOrThreads() {
        for (SamplingMethod method : SamplingMethod.values()) {
            SampledSweep plan = new SampledSweep(space(), ENERGY, method, 2000, 7, true);
            List<Map<String, Object>> forward = LongStream.range(0, plan.size())
                    .mapToObj(id -> plan.configuration(id).parameters()).toList();
            List<Map<String, Object>> parallelReversed = LongStream.range(0, plan.size()).parallel()
                    .map(i -> plan.size() - 1 - i)
                    .mapToObj(id -> plan.configuration(id).parameters()).toList().reversed();
            assertEquals(forward, parallelReversed, method.name());
            SampledSweep again = new SampledSweep(space(), ENERGY, method, 2000, 7, true);
            assertEquals(forward.get(1234), again.configuration(1234).parameters());
            SampledSweep otherSeed = new SampledSweep(space(), ENERGY, method, 2000, 8, true);
            assertNotEquals(forward.get(5), otherSeed.configuration(5).parameters());
        }
    }

    @Test
    void samplesStayInTheirRangesAndCoverThem() {
        for (SamplingMethod method : SamplingMethod.values()) {
            SampledSweep plan = new SampledSweep(space(), ENERGY, method, 4096, 3, false);
            int[] speciesHits = new int[2];
            int[] sitesHits = new int[3];
            int[] decadeHits = new int[2];
            double biasSum = 0;
            for (long id = 0; id < plan.size(); id++) {
                Configuration c = plan.configuration(id);
                assertTrue(c.temperatureK() >= 10 && c.temperatureK() <= 1000, method + " T=" + c.temperatureK());
                assertTrue(c.biasMv() >= -50 && c.biasMv() <= 150, method + " bias=" + c.biasMv());
                assertEquals(1.0, c.massFactor());
                speciesHits[c.species().name().equals("K+") ? 0 : 1]++;
                sitesHits[((MultisiteProfile) c.profile()).sites() - 1]++;
                decadeHits[c.temperatureK() < 100 ? 0 : 1]++;
                biasSum += c.biasMv();
            }
            // Uniform index draws and log-uniform temperatures: each bin gets its share
            // (exactly for Sobol, within 5 sigma for random).
            double n = plan.size();
            for (int h : speciesHits) {
                assertEquals(n / 2, h, 5 * Math.sqrt(n / 4), method + " species");
            }
            for (int h : sitesHits) {
                assertEquals(n / 3, h, 5 * Math.sqrt(n * 2 / 9), method + " sites");
            }
            for (int h : decadeHits) {
                assertEquals(n / 2, h, 5 * Math.sqrt(n / 4), method + " temperature decades");
            }
            assertEquals(50.0, biasSum / n, 5 * 200 / Math.sqrt(12 * n), method + " mean bias");
        }
    }

    @Test
    void tooManySobolDimensionsAreRefused() {
        List<Axis[]> list = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(new Axis[] {RangeAxis.continuous(ProfileTemplates.layerPotential(i), 0, 0.2, Scale.LINEAR),
                    RangeAxis.continuous(ProfileTemplates.layerWidth(i), 0.1, 1, Scale.LINEAR)});
        }
        SweepSpace wide = new SweepSpace(List.of(SweepFixtures.k()), Axis.fixed("mass_factor", 1),
                Axis.fixed("temperature_K", 300), Axis.fixed("bias_mV", 0),
                ProfileTemplates.layers(Axis.fixed("lead_left_eV", 0), Axis.fixed("lead_right_eV", 0), list, 16));
        assertThrows(IllegalArgumentException.class,
                () -> new SampledSweep(wide, ENERGY, SamplingMethod.SOBOL, 10, 0, false));
        assertEquals(40, new SampledSweep(wide, ENERGY, SamplingMethod.RANDOM, 10, 0, false).dimensions());
    }
}

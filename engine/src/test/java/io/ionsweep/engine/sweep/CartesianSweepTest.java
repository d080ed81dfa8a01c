package io.ionsweep.engine.sweep;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CartesianSweepTest {

    private static final EnergyGrid ENERGY = EnergyGrid.linear(0.001, 0.3, 8);

    @Test
    void sizeIsTheProductOfAxisSizes() {
        CartesianSweep plan = new CartesianSweep(SweepFixtures.multisiteGrid(), ENERGY);
        assertEquals(3L * 2 * 1 * 3 * 2 * 1 * 4 * 1 * 1, plan.size());
        assertArrayEquals(new int[] {3, 2, 1, 3, 2, 1, 4, 1, 1}, plan.axisSizes());
    }

    @Test
    void configIdsFollowTheNestedLoopWithTheLastAxisFastest() {
        CartesianSweep plan = new CartesianSweep(SweepFixtures.multisiteGrid(), ENERGY);
        List<Species> species = List.of(SweepFixtures.k(), SweepFixtures.na(), SweepFixtures.ca());
        double[] massFactors = {1.0, 2.0};
        double[] biases = {-100, 0, 100};
        int[] sites = {2, 4};
        double[] widths = {0.5, 0.5 * Math.cbrt(4), 0.5 * Math.cbrt(16), 2.0};
        long id = 0;
        for (Species s : species) {
            for (double mf : massFactors) {
                for (double bias : biases) {
                    for (int site : sites) {
                        for (double w : widths) {
                            Configuration c = plan.configuration(id);
                            assertEquals(id, c.configId());
                            assertEquals(s, c.species());
                            assertEquals(mf, c.massFactor());
                            assertEquals(300.0, c.temperatureK());
                            assertEquals(bias, c.biasMv(), 1e-12);
                            MultisiteProfile p = (MultisiteProfile) c.profile();
                            assertEquals(site, p.sites());
                            assertEquals(w, p.barrierWidthA(), 1e-12);
                            assertEquals(0.1, p.barrierHeightEv());
                            id++;
                        }
                    }
                }
            }
        }
        assertEquals(plan.size(), id);
        assertThrows(IndexOutOfBoundsException.class, () -> plan.configuration(plan.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> plan.configuration(-1));
    }

    @Test
    void parametersAreTheDocumentedColumnsInOrder() {
        CartesianSweep plan = new CartesianSweep(SweepFixtures.multisiteGrid(), ENERGY);
        List<String> columns = List.of("species", "mass_u", "charge", "mass_factor", "temperature_K", "bias_mV",
                "sites", "barrier_height_eV", "barrier_width_A", "well_depth_eV", "well_width_A");
        assertEquals(columns, plan.parameterColumns());
        assertEquals(List.of("species", "mass_u", "charge", "mass_factor", "bias_mV", "sites", "barrier_width_A"),
                plan.sweptParameters());
        Configuration c = plan.configuration(plan.size() - 1); // Ca2+, mass factor 2, +100 mV, 4 sites, 2 A
        Map<String, Object> p = c.parameters();
        assertEquals(columns, List.copyOf(p.keySet()));
        assertEquals("Ca2+", p.get("species"));
        assertEquals(SweepFixtures.ca().massU(), (Double) p.get("mass_u"));
        assertEquals(2, p.get("charge"));
        assertEquals(2.0, p.get("mass_factor"));
        assertEquals(100.0, p.get("bias_mV"));
        assertEquals(4.0, p.get("sites"));
        assertThrows(UnsupportedOperationException.class, () -> p.put("x", 1));
        // Derived physics: effective mass and the charge-weighted bias drop.
        assertEquals(2 * SweepFixtures.ca().massU(), c.massU(), 1e-12);
        assertEquals(2 * 100 * PhysicalConstants.EV_PER_MV, c.biasDropEv(), 1e-15);
        assertEquals(-0.2, c.staircase().leadRightEv(), 1e-15);
        assertEquals((2 * 4 + 1) * 16, c.staircase().sliceCount());
    }

    @Test
    void layersOrderIsLeadsThenPotentialThenWidthPerLayer() {
        SweepSpace space = new SweepSpace(List.of(SweepFixtures.k()), Axis.fixed("mass_factor", 1),
                Axis.fixed("temperature_K", 300), Axis.fixed("bias_mV", 0),
                ProfileTemplates.layers(Axis.fixed("lead_left_eV", 0), new ListAxis("lead_right_eV", new double[] {0, -0.1}),
                        List.of(new Axis[] {new ListAxis("layer0_potential_eV", new double[] {0.1, 0.2}),
                                        Axis.fixed("layer0_width_A", 1)},
                                new Axis[] {Axis.fixed("layer1_potential_eV", -0.05),
                                        new RangeAxis("layer1_width_A", 1, 3, 3, Scale.LINEAR)}), 8));
        CartesianSweep plan = new CartesianSweep(space, ENERGY);
        assertEquals(12, plan.size());
        assertEquals(List.of("lead_right_eV", "layer0_potential_eV", "layer1_width_A"), plan.sweptParameters());
        long id = 0;
        for (double right : new double[] {0, -0.1}) {
            for (double v0 : new double[] {0.1, 0.2}) {
                for (double w1 : new double[] {1, 2, 3}) {
                    LayersProfile p = (LayersProfile) plan.configuration(id++).profile();
                    assertEquals(right, p.leadRightEv());
                    assertArrayEquals(new double[] {v0, -0.05}, p.potentialEv());
                    assertArrayEquals(new double[] {1, w1}, p.widthA());
                }
            }
        }
    }

    @Test
    void hugeSweepsAreDecodedWithoutMaterialising() {
        // 10^9 configurations: 1000 x 1000 x 1000 over three axes.
        SweepSpace space = new SweepSpace(List.of(SweepFixtures.k()), Axis.fixed("mass_factor", 1),
                Axis.fixed("temperature_K", 300), new RangeAxis("bias_mV", -100, 100, 1000, Scale.LINEAR),
                ProfileTemplates.multisite(Axis.fixed("sites", 4), new RangeAxis("barrier_height_eV", 0, 0.2, 1000, Scale.LINEAR),
                        Axis.fixed("barrier_width_A", 1), Axis.fixed("well_depth_eV", 0),
                        new RangeAxis("well_width_A", 1, 10, 1000, Scale.LOG), 16));
        CartesianSweep plan = new CartesianSweep(space, ENERGY);
        assertEquals(1_000_000_000L, plan.size());
        long id = 123_456_789L;
        int[] idx = plan.decode(id);
        assertEquals(123, idx[3]);
        assertEquals(456, idx[5]);
        assertEquals(789, idx[8]);
        Configuration c = plan.configuration(id);
        assertEquals(-100 + 200.0 * 123 / 999, c.biasMv(), 1e-12);
        assertEquals(10.0, ((MultisiteProfile) plan.configuration(plan.size() - 1).profile()).wellWidthA());
    }

    @Test
    void overflowingSweepsAreRefused() {
        Axis big = new RangeAxis("bias_mV", 0, 1, Integer.MAX_VALUE, Scale.LINEAR);
        Axis big2 = new RangeAxis("mass_factor", 1, 2, Integer.MAX_VALUE, Scale.LINEAR);
        Axis big3 = new RangeAxis("temperature_K", 1, 2, Integer.MAX_VALUE, Scale.LINEAR);
        SweepSpace space = new SweepSpace(List.of(SweepFixtures.k()), big2, big3, big,
                ProfileTemplates.multisite(Axis.fixed("sites", 1), Axis.fixed("barrier_height_eV", 0.1),
                        new RangeAxis("barrier_width_A", 1, 2, Integer.MAX_VALUE, Scale.LINEAR),
                        Axis.fixed("well_depth_eV", 0), Axis.fixed("well_width_A", 1), 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CartesianSweep(space, ENERGY));
        assertTrue(e.getMessage().contains("more than"));
    }
}

package io.ionsweep.engine.sweep;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;

import java.util.List;

/** Small sweep spaces shared by the tests. */
final class SweepFixtures {
    private SweepFixtures() {}

    static Species k() {
        return SpeciesTable.lookup("K+").orElseThrow();
    }

    static Species na() {
        return SpeciesTable.lookup("Na+").orElseThrow();
    }

    static Species ca() {
        return SpeciesTable.lookup("Ca2+").orElseThrow();
    }

    /** 3 species x 2 mass factors x 1 temperature x 3 biases x 2 sites x 1 x 4 barrier widths x 1 x 1. */
    static SweepSpace multisiteGrid() {
        return new SweepSpace(List.of(k(), na(), ca()),
                new ListAxis("mass_factor", new double[] {1.0, 2.0}),
                Axis.fixed("temperature_K", 300),
                new RangeAxis("bias_mV", -100, 100, 3, Scale.LINEAR),
                ProfileTemplates.multisite(new ListAxis("sites", new double[] {2, 4}),
                        Axis.fixed("barrier_height_eV", 0.1),
                        new RangeAxis("barrier_width_A", 0.5, 2.0, 4, Scale.LOG),
                        Axis.fixed("well_depth_eV", 0.05),
                        Axis.fixed("well_width_A", 1.5), 16));
    }
}

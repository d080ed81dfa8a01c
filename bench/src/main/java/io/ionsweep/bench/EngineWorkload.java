package io.ionsweep.bench;

import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.ListAxis;
import io.ionsweep.engine.sweep.ProfileTemplates;
import io.ionsweep.engine.sweep.RangeAxis;
import io.ionsweep.engine.sweep.Scale;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.engine.sweep.SweepSpace;
import java.util.List;

/**
 * The engine's standard workload: K+ through a 4-site filter (5 barriers, 4 wells, no bias, so 9
 * slices), barrier height 0.02-0.2 eV x barrier width 0.1-1 A x well depth 0-0.1 eV x well width
 * 2-4 A on a 16 x 16 x 4 x 4 grid (4096 configurations), 1024 energies from 1 to 300 meV, spectra off.
 */
public final class EngineWorkload {
    private EngineWorkload() {}

    public static final int ENERGIES = 1024;
    public static final int SITES = 4;

    public static SweepPlan plan() {
        SweepSpace space = new SweepSpace(List.of(SpeciesTable.lookup("K+").orElseThrow()),
                new ListAxis("mass_factor", new double[] {1}), new ListAxis("temperature_K", new double[] {300}),
                new ListAxis("bias_mV", new double[] {0}),
                ProfileTemplates.multisite(new ListAxis("sites", new double[] {SITES}),
                        new RangeAxis("barrier_height_eV", 0.02, 0.2, 16, Scale.LINEAR),
                        new RangeAxis("barrier_width_A", 0.1, 1.0, 16, Scale.LINEAR),
                        new RangeAxis("well_depth_eV", 0.0, 0.1, 4, Scale.LINEAR),
                        new RangeAxis("well_width_A", 2.0, 4.0, 4, Scale.LINEAR), 16));
        return new CartesianSweep(space, EnergyGrid.linear(1e-3, 0.3, ENERGIES));
    }
}

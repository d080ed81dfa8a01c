package io.ionsweep.bench;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Staircase;
import java.util.Random;

/**
 * The workload the kernel speed targets are stated for, shared by the benchmarks and their tests:
 * K+ through {@link #LAYERS} random layers, potential uniform in [0, {@link #MAX_POTENTIAL_EV}) eV,
 * width uniform in [{@link #MIN_WIDTH_A}, {@link #MAX_WIDTH_A}) A, drawn from {@link #SEED} by
 * {@link java.util.Random} (whose sequence the JDK specifies, so every JVM builds the same layers);
 * both leads at 0 eV; {@link #ENERGIES} energies evenly spaced from {@link #MIN_ENERGY_EV} to
 * {@link #MAX_ENERGY_EV}.
 */
public final class StandardWorkload {
    private StandardWorkload() {}

    public static final String SPECIES = "K+";
    public static final int LAYERS = 10;
    public static final int ENERGIES = 4096;
    public static final long SEED = 20240611L;
    public static final double MAX_POTENTIAL_EV = 0.2;
    public static final double MIN_WIDTH_A = 0.05;
    public static final double MAX_WIDTH_A = 0.5;
    public static final double LEAD_EV = 0.0;
    public static final double MIN_ENERGY_EV = 1e-3;
    public static final double MAX_ENERGY_EV = 0.3;

    /** The standard workload. */
    public static Workload create() {
        return create(LAYERS, ENERGIES, 1.0);
    }

    /**
     * The standard recipe with another layer count, grid size, or barrier scale (potentials uniform
     * in [0, barrierScale * MAX_POTENTIAL_EV)). The first layers of any layer count are those of the
     * standard workload.
     */
    public static Workload create(int layers, int energies, double barrierScale) {
        if (layers < 1 || energies < 2 || !(barrierScale >= 0) || !Double.isFinite(barrierScale)) {
            throw new IllegalArgumentException("layers must be >= 1, energies >= 2 and barrierScale finite >= 0; got "
                    + layers + ", " + energies + ", " + barrierScale);
        }
        Random random = new Random(SEED);
        double[] potentialEv = new double[layers];
        double[] widthA = new double[layers];
        for (int i = 0; i < layers; i++) {
            potentialEv[i] = barrierScale * MAX_POTENTIAL_EV * random.nextDouble();
            widthA[i] = MIN_WIDTH_A + (MAX_WIDTH_A - MIN_WIDTH_A) * random.nextDouble();
        }
        double[] energyEv = new double[energies];
        double step = (MAX_ENERGY_EV - MIN_ENERGY_EV) / (energies - 1);
        for (int i = 0; i < energies; i++) {
            energyEv[i] = MIN_ENERGY_EV + step * i;
        }
        Staircase profile = Staircase.of(LEAD_EV, LEAD_EV, potentialEv, widthA);
        return new Workload(profile, species(), energyEv);
    }

    static Species species() {
        return SpeciesTable.lookup(SPECIES).orElseThrow(() -> new IllegalStateException("no species " + SPECIES));
    }
}

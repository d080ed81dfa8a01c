package io.ionsweep.bench;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.Staircase;

/**
 * One kernel input: a profile, an ion and an energy grid. Arrays are cloned on the way out so a
 * caller cannot change the workload another caller sees.
 *
 * @param profile  the staircase the kernel walks
 * @param species  the ion (its mass enters the wave numbers)
 * @param energyEv the energy grid in eV
 */
public record Workload(Staircase profile, Species species, double[] energyEv) {

    public Workload {
        if (profile == null || species == null || energyEv == null) {
            throw new IllegalArgumentException("workload needs a profile, a species and energies");
        }
        energyEv = energyEv.clone();
    }

    @Override
    public double[] energyEv() {
        return energyEv.clone();
    }

    public int energyCount() {
        return energyEv.length;
    }

    /** Layer-energy evaluations per kernel call: the unit the benchmarks count. */
    public long evaluations() {
        return (long) profile.sliceCount() * energyEv.length;
    }
}

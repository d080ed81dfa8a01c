package io.ionsweep.engine.sweep;

import java.util.Arrays;

/**
 * The energies (eV) at which every configuration of a sweep is evaluated.
 *
 * @param energiesEv energies in eV, finite, at least one; copied in and out
 */
public record EnergyGrid(double[] energiesEv) {

    public EnergyGrid {
        if (energiesEv == null || energiesEv.length == 0) {
            throw new IllegalArgumentException("an energy grid needs at least one energy");
        }
        energiesEv = energiesEv.clone();
        for (int i = 0; i < energiesEv.length; i++) {
            if (!Double.isFinite(energiesEv[i])) {
                throw new IllegalArgumentException("energy[" + i + "] must be a finite number in eV, got " + energiesEv[i]);
            }
        }
    }

    /**
     * {@code points} equally spaced energies from {@code minEv} to {@code maxEv}, both ends included
     * exactly.
     *
     * @param points >= 2 with {@code maxEv > minEv}, or 1 with {@code minEv == maxEv}
     */
    public static EnergyGrid linear(double minEv, double maxEv, int points) {
        if (!Double.isFinite(minEv) || !Double.isFinite(maxEv)) {
            throw new IllegalArgumentException("energy bounds must be finite, got " + minEv + " .. " + maxEv);
        }
        if (points == 1 && minEv == maxEv) {
            return new EnergyGrid(new double[] {minEv});
        }
        if (points < 2) {
            throw new IllegalArgumentException("a linear energy grid needs points >= 2, got " + points);
        }
        if (!(maxEv > minEv)) {
            throw new IllegalArgumentException("a linear energy grid needs max > min, got " + minEv + " .. " + maxEv);
        }
        double[] e = new double[points];
        double step = (maxEv - minEv) / (points - 1);
        for (int i = 0; i < points - 1; i++) {
            e[i] = minEv + i * step;
        }
        e[points - 1] = maxEv; // exact end, free of rounding in i * step
        return new EnergyGrid(e);
    }

    /** Exactly the given energies, in the given order. */
    public static EnergyGrid values(double... energiesEv) {
        return new EnergyGrid(energiesEv);
    }

    public int size() {
        return energiesEv.length;
    }

    /** A copy of the energies in eV. */
    @Override
    public double[] energiesEv() {
        return energiesEv.clone();
    }

    public double energyEv(int i) {
        return energiesEv[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnergyGrid g && Arrays.equals(g.energiesEv, energiesEv);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(energiesEv);
    }

    @Override
    public String toString() {
        return "EnergyGrid[" + energiesEv.length + " energies, " + energiesEv[0] + " .. "
                + energiesEv[energiesEv.length - 1] + " eV]";
    }
}

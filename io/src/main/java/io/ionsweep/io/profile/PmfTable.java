package io.ionsweep.io.profile;

import io.ionsweep.engine.profile.Interpolation;
import io.ionsweep.engine.profile.TableProfile;
import java.nio.file.Path;

/**
 * A potential table as read from a file, converted to eV.
 *
 * @param source      the file it came from
 * @param xA          positions, Angstrom, strictly increasing
 * @param potentialEv potentials, eV
 * @param unit        the unit the file was written in
 */
public record PmfTable(Path source, double[] xA, double[] potentialEv, EnergyUnit unit) {

    public PmfTable {
        xA = xA.clone();
        potentialEv = potentialEv.clone();
    }

    @Override
    public double[] xA() {
        return xA.clone();
    }

    @Override
    public double[] potentialEv() {
        return potentialEv.clone();
    }

    /** The engine profile, with leads at the end values and the default accuracy. */
    public TableProfile toProfile(Interpolation interpolation) {
        return TableProfile.of(xA, potentialEv, interpolation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PmfTable t && t.source.equals(source) && java.util.Arrays.equals(t.xA, xA)
                && java.util.Arrays.equals(t.potentialEv, potentialEv) && t.unit == unit;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(xA) * 31 + java.util.Arrays.hashCode(potentialEv);
    }

    @Override
    public String toString() {
        return "PmfTable[" + source + ", " + xA.length + " points, read in " + unit.key() + "]";
    }
}

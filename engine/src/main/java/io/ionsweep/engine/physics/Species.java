package io.ionsweep.engine.physics;

/**
 * An ion species.
 *
 * @param name   label, e.g. {@code K+}
 * @param massU  ion mass in u (atomic weight minus the missing electrons), > 0
 * @param charge charge number z (signed, non-zero)
 */
public record Species(String name, double massU, int charge) {

    public Species {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("species name must not be empty");
        }
        if (!(massU > 0) || !Double.isFinite(massU)) {
            throw new IllegalArgumentException("species " + name + ": mass_u must be a finite number > 0, got " + massU);
        }
        if (charge == 0) {
            throw new IllegalArgumentException("species " + name + ": charge must be a non-zero integer");
        }
    }

    /** An ion from an element's standard atomic weight and its charge: the electrons it lost are subtracted. */
    public static Species ofElement(String name, double atomicWeightU, int charge) {
        return new Species(name, atomicWeightU - charge * PhysicalConstants.ELECTRON_MASS_U, charge);
    }

    /** This species with its mass scaled by {@code massFactor} (effective-mass hypotheses). */
    public double effectiveMassU(double massFactor) {
        return massU * massFactor;
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.physics.PhysicalConstants;

/**
 * How many ions stand ready at the filter: the occupancy that multiplies (z e)^2/h <T>.
 * {@link Rate} (default, occupancy 1) makes the classical conductance exactly Eyring's rate with
 * attempt frequency kT/h; {@link Landauer} takes it from the bath concentration.
 */
public sealed interface ConductanceModel {

    /** The dimensionless occupancy for an ion of the given mass at the given temperature. */
    double occupancy(double massU, double temperatureK);

    /** The default model. */
    static ConductanceModel defaultModel() {
        return new Rate(Rate.DEFAULT_OCCUPANCY);
    }

    /**
     * @param occupancy probability that an ion is poised at the filter (finite, >= 0)
     */
    record Rate(double occupancy) implements ConductanceModel {
        public static final double DEFAULT_OCCUPANCY = 1;

        public Rate {
            if (!(occupancy >= 0) || !Double.isFinite(occupancy)) {
                throw new IllegalArgumentException("conductance.occupancy must be a finite number >= 0, got " + occupancy);
            }
        }

        @Override
        public double occupancy(double massU, double temperatureK) {
            return occupancy;
        }
    }

    /**
     * occupancy = n lambda_T^3 modes, with n the number density of the bath and
     * lambda_T = h / sqrt(2 pi m kT) the thermal de Broglie wavelength (callers pass the bath ion's bare mass).
     *
     * @param concentrationMM bath concentration in mM (= mol/m^3; finite, >= 0)
     * @param modes           transverse modes (finite, > 0; default 1)
     */
    record Landauer(double concentrationMM, double modes) implements ConductanceModel {
        public static final double DEFAULT_MODES = 1;
        /** mol/m^3 per mM. */
        private static final double MOL_PER_M3_PER_MM = 1.0;

        public Landauer {
            if (!(concentrationMM >= 0) || !Double.isFinite(concentrationMM)) {
                throw new IllegalArgumentException("conductance.concentration_mM must be a finite number >= 0, got "
                        + concentrationMM);
            }
            if (!(modes > 0) || !Double.isFinite(modes)) {
                throw new IllegalArgumentException("conductance.modes must be a finite number > 0, got " + modes);
            }
        }

        /** The thermal de Broglie wavelength in m. */
        public static double thermalWavelengthM(double massU, double temperatureK) {
            double m = massU * PhysicalConstants.ATOMIC_MASS_UNIT_KG;
            double kT = PhysicalConstants.BOLTZMANN_J_PER_K * temperatureK;
            return PhysicalConstants.PLANCK_J_S / Math.sqrt(2 * Math.PI * m * kT);
        }

        @Override
        public double occupancy(double massU, double temperatureK) {
            double n = concentrationMM * MOL_PER_M3_PER_MM * PhysicalConstants.AVOGADRO_PER_MOL;
            double lambda = thermalWavelengthM(massU, temperatureK);
            return n * lambda * lambda * lambda * modes;
        }
    }
}

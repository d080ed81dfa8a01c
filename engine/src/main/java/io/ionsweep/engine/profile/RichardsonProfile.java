package io.ionsweep.engine.profile;

import io.ionsweep.engine.kernel.TransmissionKernel;

/**
 * A smooth profile evaluated by {@link RichardsonTransmission}: it only says how it is cut into
 * pieces and how much the cut drops, and gets error-controlled transmission from these defaults.
 */
interface RichardsonProfile extends ProfileSpec {

    /** The profile cut into graded pieces for an ion of this mass (in u) under this bias drop (eV). */
    Discretisation discretisation(double massU, double biasDropEv);

    /** Bound on the change of ln T by the parts of the profile the cut drops (0 where it drops none). */
    double tailBoundLn(double massU);

    /** The requested accuracy (relative on T where T > 1e-30, absolute on log10 T below). */
    double accuracy();

    /** A staircase for display only: T must come from {@link #log10Transmission}, which controls the error. */
    @Override
    default Staircase staircase(double biasDropEv) {
        return discretisation(SmoothBarriers.WINDOW_MASS_U_WITHOUT_SPECIES, biasDropEv)
                .staircase(SmoothBarriers.DISPLAY_LEVEL);
    }

    @Override
    default double log10Transmission(TransmissionKernel kernel, double massU, double biasDropEv, double[] energyEv,
                                     double[] log10T, int count) {
        return evaluate(kernel, massU, biasDropEv, energyEv, log10T, count).errorEstimateLog10();
    }

    /** As {@link #log10Transmission}, with what the evaluation cost. */
    default RichardsonTransmission.Result evaluate(TransmissionKernel kernel, double massU, double biasDropEv,
                                                   double[] energyEv, double[] log10T, int count) {
        return RichardsonTransmission.log10Transmission(discretisation(massU, biasDropEv), kernel, massU, accuracy(),
                Accuracy.lnToLog10(tailBoundLn(massU)), energyEv, log10T, count);
    }
}

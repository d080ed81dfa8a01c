package io.ionsweep.engine.profile;

/**
 * A potential profile along the filter, before bias and discretisation. Potentials in eV,
 * lengths in Angstrom; the ion enters from the left lead.
 */
public interface ProfileSpec {

    /** Default number of constant slices each layer is cut into under bias. */
    int DEFAULT_SLICES_PER_LAYER = 16;

    /**
     * The staircase the kernel sees, with a linear drop of {@code biasDropEv} (= z * bias) across
     * the profile: the left lead is unchanged, the right lead sits {@code biasDropEv} lower.
     */
    Staircase staircase(double biasDropEv);

    /**
     * log10 T on a batch of energies through this profile under a bias drop, computed with the given
     * kernel. Piecewise-constant profiles are exact for their staircase and return 0; smooth profiles
     * override this to control their discretisation error.
     *
     * @return an estimate of the discretisation error in log10 T (0 where the staircase is the profile)
     */
    default double log10Transmission(io.ionsweep.engine.kernel.TransmissionKernel kernel, double massU,
                                     double biasDropEv, double[] energyEv, double[] log10T, int count) {
        kernel.log10Transmission(staircase(biasDropEv), massU, energyEv, log10T, count);
        return 0.0;
    }

    /** Profile parameters by column name with unit suffix, for datasets and reports. */
    java.util.Map<String, Double> parameters();
}

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

    /** Profile parameters by column name with unit suffix, for datasets and reports. */
    java.util.Map<String, Double> parameters();
}

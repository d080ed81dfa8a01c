package io.ionsweep.engine.sweep;

/** How a sampled sweep draws its points. */
public enum SamplingMethod {
    /** Independent uniform draws, seeded per configuration from (seed, config_id). */
    RANDOM,
    /** The Sobol sequence, point config_id + 1 (skipping the origin), optionally digitally shifted. */
    SOBOL
}

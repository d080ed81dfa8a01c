package io.ionsweep.io.config;

import io.ionsweep.engine.profile.GaussianProfile;

/**
 * {@code type: gaussian}: the barrier {@code height_eV} exp(-(x - {@code center_A})^2 / (2 {@code sigma_A}^2)),
 * leads at 0. Keys: {@code height_eV} (> 0), {@code sigma_A} (> 0), {@code center_A} (default 0),
 * {@code field_width_A} (width of the bias ramp, default 6 {@code sigma_A}), {@code accuracy} (default
 * 1e-6, from 1e-10 to 0.1). Every one is sweepable.
 *
 * <p>Axis order (config_id numbering, last fastest): {@code height_eV, sigma_A, center_A,
 * field_width_A} (only when given), {@code accuracy}.
 */
final class GaussianProfileMapper extends SmoothBarrierMapper {
    static final String TYPE = "gaussian";

    GaussianProfileMapper() {
        super(TYPE, "sigma_A", "standard width sigma in Angstrom", GaussianProfile::defaultFieldWidthA,
                GaussianProfile::new);
    }
}

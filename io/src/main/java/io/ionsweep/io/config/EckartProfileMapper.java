package io.ionsweep.io.config;

import io.ionsweep.engine.profile.EckartProfile;

/**
 * {@code type: eckart}: the symmetric Eckart (Poschl-Teller) barrier {@code height_eV} /
 * cosh^2((x - {@code center_A}) / {@code length_A}), leads at 0. Keys: {@code height_eV} (> 0),
 * {@code length_A} (> 0), {@code center_A} (default 0), {@code field_width_A} (width of the bias ramp,
 * default 6 {@code length_A}), {@code accuracy} (default 1e-6, from 1e-10 to 0.1). Every one is sweepable.
 *
 * <p>Axis order (config_id numbering, last fastest): {@code height_eV, length_A, center_A,
 * field_width_A} (only when given), {@code accuracy}.
 */
final class EckartProfileMapper extends SmoothBarrierMapper {
    static final String TYPE = "eckart";

    EckartProfileMapper() {
        super(TYPE, "length_A", "length a of the barrier in Angstrom", EckartProfile::defaultFieldWidthA,
                EckartProfile::new);
    }
}

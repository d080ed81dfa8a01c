package io.ionsweep.io.config;

import io.ionsweep.engine.sweep.ProfileTemplate;

import java.util.List;

/**
 * Maps the {@code profile:} block of one profile type to a {@link ProfileTemplate}. One class per type,
 * listed in {@link ProfileMappers}; the loader has already checked {@code type} and that every key is
 * in {@link #keys()}.
 */
public interface ProfileMapper {

    /** The {@code type:} value, e.g. {@code layers}. */
    String type();

    /** The keys this type accepts besides {@code type}, in documentation order. */
    List<String> keys();

    /**
     * Reads the parameters. Axes must be in the type's declared order, which fixes the config_id order,
     * and be named like the columns of the profile's {@code parameters()}.
     *
     * @param context where relative files resolve, and the config's temperature axis
     */
    ProfileTemplate map(ConfigMap profile, ParameterReader params, ProfileContext context);
}

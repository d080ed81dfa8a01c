package io.ionsweep.io.config;

import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.ProfileTemplate;
import io.ionsweep.engine.sweep.ProfileTemplates;

import java.util.List;

/**
 * {@code type: multisite}: {@code sites} wells (an integer or a list) between {@code sites + 1} barriers,
 * {@code barrier_height_eV}, {@code barrier_width_A}, {@code well_depth_eV} (wells at -depth),
 * {@code well_width_A}, {@code slices_per_layer} (default 16).
 */
final class MultisiteProfileMapper implements ProfileMapper {
    /** Most binding sites. */
    static final int MAX_SITES = 1000;

    @Override
    public String type() {
        return ProfileTemplates.MULTISITE;
    }

    @Override
    public List<String> keys() {
        return List.of("sites", "barrier_height_eV", "barrier_width_A", "well_depth_eV", "well_width_A",
                "slices_per_layer");
    }

    @Override
    public ProfileTemplate map(ConfigMap profile, ParameterReader params, ProfileContext context) {
        Axis sites = params.integerAxis(profile, "sites", "sites", 1, MAX_SITES, "number of binding sites");
        Axis height = params.axis(profile, "barrier_height_eV", "barrier_height_eV",
                Constraint.finite("barrier height in eV", Bounds.ENERGY_EV), null);
        Axis barrierWidth = params.axis(profile, "barrier_width_A", "barrier_width_A",
                Constraint.positive("width in Angstrom", Bounds.WIDTH_A), null);
        Axis depth = params.axis(profile, "well_depth_eV", "well_depth_eV",
                Constraint.nonNegative("well depth in eV; wells sit at -depth", Bounds.ENERGY_EV), null);
        Axis wellWidth = params.axis(profile, "well_width_A", "well_width_A",
                Constraint.positive("width in Angstrom", Bounds.WIDTH_A), null);
        int slices = params.integer(profile, "slices_per_layer", 1, LayersProfileMapper.MAX_SLICES_PER_LAYER,
                ProfileSpec.DEFAULT_SLICES_PER_LAYER, "slices per layer under bias");
        return ProfileTemplates.multisite(sites, height, barrierWidth, depth, wellWidth, slices);
    }
}

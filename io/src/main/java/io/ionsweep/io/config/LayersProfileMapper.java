package io.ionsweep.io.config;

import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.ProfileTemplate;
import io.ionsweep.engine.sweep.ProfileTemplates;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code type: layers}: {@code lead_left_eV}, {@code lead_right_eV} (default 0), {@code layers:
 * [[potential_eV, width_A], ...]} left to right, {@code slices_per_layer} (default 16). Each potential
 * and width may be swept.
 */
final class LayersProfileMapper implements ProfileMapper {
    /** Most layers in one profile. */
    static final int MAX_LAYERS = 10_000;
    /** Most slices per layer under bias. */
    static final int MAX_SLICES_PER_LAYER = 1024;

    private static final Constraint LEAD = Constraint.finite("lead potential in eV", Bounds.ENERGY_EV);
    private static final Constraint POTENTIAL = Constraint.finite("potential in eV", Bounds.ENERGY_EV);
    private static final Constraint WIDTH = Constraint.positive("width in Angstrom", Bounds.WIDTH_A);
    private static final String LAYERS_ALLOWED = "a non-empty list of [potential_eV, width_A] pairs, at most "
            + MAX_LAYERS;
    private static final String PAIR_ALLOWED = "a [potential_eV, width_A] pair";

    @Override
    public String type() {
        return ProfileTemplates.LAYERS;
    }

    @Override
    public List<String> keys() {
        return List.of("lead_left_eV", "lead_right_eV", "layers", "slices_per_layer");
    }

    @Override
    public ProfileTemplate map(ConfigMap profile, ParameterReader params, ProfileContext context) {
        Axis left = params.axis(profile, "lead_left_eV", "lead_left_eV", LEAD, 0.0);
        Axis right = params.axis(profile, "lead_right_eV", "lead_right_eV", LEAD, 0.0);
        ConfigNode layersNode = profile.require("layers", LAYERS_ALLOWED);
        List<ConfigNode> layerNodes = layersNode.list(LAYERS_ALLOWED);
        if (layerNodes.size() > MAX_LAYERS) {
            throw layersNode.error(layerNodes.size() + " layers", LAYERS_ALLOWED);
        }
        List<Axis[]> layers = new ArrayList<>(layerNodes.size());
        for (int i = 0; i < layerNodes.size(); i++) {
            List<ConfigNode> pair = layerNodes.get(i).list(PAIR_ALLOWED);
            if (pair.size() != 2) {
                throw layerNodes.get(i).error("a list of " + pair.size() + " values", PAIR_ALLOWED);
            }
            layers.add(new Axis[] {
                    params.axis(pair.get(0), ProfileTemplates.layerPotential(i), POTENTIAL),
                    params.axis(pair.get(1), ProfileTemplates.layerWidth(i), WIDTH)});
        }
        int slices = params.integer(profile, "slices_per_layer", 1, MAX_SLICES_PER_LAYER,
                ProfileSpec.DEFAULT_SLICES_PER_LAYER, "slices per layer under bias");
        return ProfileTemplates.layers(left, right, layers, slices);
    }
}

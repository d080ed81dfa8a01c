package io.ionsweep.engine.sweep;

import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Templates of the built-in piecewise-constant profile types. Axis names are the profile's parameter
 * columns, and their order is the declared order that fixes the config_id numbering.
 */
public final class ProfileTemplates {
    private ProfileTemplates() {}

    public static final String LAYERS = "layers";
    public static final String MULTISITE = "multisite";

    /** Column name of layer i's potential. */
    public static String layerPotential(int i) {
        return "layer" + i + "_potential_eV";
    }

    /** Column name of layer i's width. */
    public static String layerWidth(int i) {
        return "layer" + i + "_width_A";
    }

    /**
     * Explicit layers: axes {@code lead_left_eV}, {@code lead_right_eV}, then for each layer i ascending
     * {@code layer<i>_potential_eV}, {@code layer<i>_width_A}.
     *
     * @param layers one pair {potential axis, width axis} per layer, left to right
     */
    public static ProfileTemplate layers(Axis leadLeftEv, Axis leadRightEv, List<Axis[]> layers, int slicesPerLayer) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("profile.layers must have at least one layer");
        }
        List<Axis> axes = new ArrayList<>();
        axes.add(named(leadLeftEv, "lead_left_eV"));
        axes.add(named(leadRightEv, "lead_right_eV"));
        for (int i = 0; i < layers.size(); i++) {
            Axis[] pair = layers.get(i);
            if (pair.length != 2) {
                throw new IllegalArgumentException("layer " + i + " needs a potential and a width axis");
            }
            axes.add(named(pair[0], layerPotential(i)));
            axes.add(named(pair[1], layerWidth(i)));
        }
        int n = layers.size();
        return new ProfileTemplate(LAYERS, axes, values -> {
            double[] potential = new double[n];
            double[] width = new double[n];
            for (int i = 0; i < n; i++) {
                potential[i] = values[2 + 2 * i];
                width[i] = values[3 + 2 * i];
            }
            return new LayersProfile(values[0], values[1], potential, width, slicesPerLayer);
        });
    }

    /**
     * A multisite filter: axes {@code sites} (integer values), {@code barrier_height_eV},
     * {@code barrier_width_A}, {@code well_depth_eV}, {@code well_width_A}.
     */
    public static ProfileTemplate multisite(Axis sites, Axis barrierHeightEv, Axis barrierWidthA, Axis wellDepthEv,
                                            Axis wellWidthA, int slicesPerLayer) {
        List<Axis> axes = List.of(named(sites, "sites"), named(barrierHeightEv, "barrier_height_eV"),
                named(barrierWidthA, "barrier_width_A"), named(wellDepthEv, "well_depth_eV"),
                named(wellWidthA, "well_width_A"));
        if (!(sites instanceof ListAxis)) {
            throw new IllegalArgumentException("sites must be a list of integers, not a range");
        }
        for (int i = 0; i < sites.size(); i++) {
            double s = sites.value(i);
            if (s != Math.rint(s) || s < 1) {
                throw new IllegalArgumentException("sites must be integers >= 1, got " + s);
            }
        }
        return new ProfileTemplate(MULTISITE, axes, values -> new MultisiteProfile((int) values[0], values[1],
                values[2], values[3], values[4], slicesPerLayer));
    }

    private static Axis named(Axis axis, String name) {
        if (axis == null || !axis.name().equals(name)) {
            throw new IllegalArgumentException("axis " + name + " expected, got " + (axis == null ? null : axis.name()));
        }
        return axis;
    }
}

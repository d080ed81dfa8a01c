package io.ionsweep.engine.sweep;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.ProfileSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameter space of a sweep: one axis per parameter, in the canonical order
 * species, mass_factor, temperature_K, bias_mV, then the profile's axes in the order its type
 * declares them. Plans ({@link CartesianSweep}, {@link SampledSweep}) pick points of this space.
 *
 * @param species      the ions, at least one, names distinct
 * @param massFactor   axis named {@code mass_factor}, values > 0
 * @param temperatureK axis named {@code temperature_K}, values > 0
 * @param biasMv       axis named {@code bias_mV}
 * @param profile      the profile type and its axes
 */
public record SweepSpace(List<Species> species, Axis massFactor, Axis temperatureK, Axis biasMv,
                         ProfileTemplate profile) {

    /** Name of the species axis. */
    public static final String SPECIES = "species";

    public SweepSpace {
        species = List.copyOf(species);
        if (species.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one species");
        }
        Set<String> names = new HashSet<>();
        for (Species s : species) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("species " + s.name() + " is listed twice");
            }
        }
        requireName(massFactor, "mass_factor");
        requireName(temperatureK, "temperature_K");
        requireName(biasMv, "bias_mV");
        if (!(massFactor.min() > 0)) {
            throw new IllegalArgumentException("mass_factor must be > 0, got min " + massFactor.min());
        }
        if (!(temperatureK.min() > 0)) {
            throw new IllegalArgumentException("temperature_K must be > 0, got min " + temperatureK.min());
        }
        if (profile == null) {
            throw new IllegalArgumentException("a sweep needs a profile");
        }
    }

    private static void requireName(Axis axis, String name) {
        if (axis == null || !axis.name().equals(name)) {
            throw new IllegalArgumentException("axis " + name + " expected, got " + (axis == null ? null : axis.name()));
        }
    }

    /** The numeric axes in canonical order (everything after species). */
    public List<Axis> numericAxes() {
        List<Axis> axes = new ArrayList<>(3 + profile.axes().size());
        axes.add(massFactor);
        axes.add(temperatureK);
        axes.add(biasMv);
        axes.addAll(profile.axes());
        return axes;
    }

    /** All axis names in canonical order, species first. */
    public List<String> axisNames() {
        List<String> names = new ArrayList<>();
        names.add(SPECIES);
        for (Axis a : numericAxes()) {
            names.add(a.name());
        }
        return names;
    }

    /**
     * The configuration at one point of the space.
     *
     * @param values values of {@link #numericAxes()}, in order (mass_factor, temperature_K, bias_mV, profile...)
     */
    public Configuration configuration(long configId, int speciesIndex, double[] values) {
        int profileCount = profile.axes().size();
        double[] profileValues = new double[profileCount];
        System.arraycopy(values, 3, profileValues, 0, profileCount);
        ProfileSpec spec = profile.factory().create(profileValues);
        return Configuration.of(configId, species.get(speciesIndex), values[0], values[1], values[2], spec);
    }

    /** The first point of the space: first species and each axis's first value. */
    Configuration firstConfiguration() {
        List<Axis> axes = numericAxes();
        double[] values = new double[axes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = axes.get(i).sample(0.0);
        }
        return configuration(0, 0, values);
    }

    /** Parameter column names, from the first point (the same at every point). */
    List<String> parameterColumns() {
        return List.copyOf(firstConfiguration().parameters().keySet());
    }

    /** The parameter columns that vary over this space, in column order. */
    List<String> sweptParameters(List<String> columns) {
        Set<String> swept = new HashSet<>();
        if (species.size() > 1) {
            swept.add(SPECIES);
            if (species.stream().mapToDouble(Species::massU).distinct().count() > 1) {
                swept.add("mass_u");
            }
            if (species.stream().mapToInt(Species::charge).distinct().count() > 1) {
                swept.add("charge");
            }
        }
        for (Axis a : numericAxes()) {
            if (a.varies()) {
                if (!columns.contains(a.name())) {
                    throw new IllegalArgumentException("swept axis " + a.name()
                            + " is not among the profile's parameter columns " + columns);
                }
                swept.add(a.name());
            }
        }
        return columns.stream().filter(swept::contains).toList();
    }

    /** Checks that the profile factory gives the same columns for another configuration. */
    static void requireColumns(Configuration c, List<String> columns) {
        Map<String, Object> p = c.parameters();
        if (!columns.equals(List.copyOf(p.keySet()))) {
            throw new IllegalArgumentException("configuration " + c.configId() + " has columns " + p.keySet()
                    + " but the sweep has " + columns);
        }
    }
}

package io.ionsweep.engine.sweep;

import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.profile.Staircase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep: everything needed to compute its spectrum, and its output columns.
 *
 * @param configId     position in the sweep, 0..size-1
 * @param species      the ion (its mass before {@code massFactor})
 * @param massFactor   scale of the species mass (> 0), for effective-mass hypotheses
 * @param temperatureK temperature in K (> 0)
 * @param biasMv       bias in mV (finite); the right lead sits {@code charge * bias} lower
 * @param profile      the potential profile before bias
 * @param parameters   the output columns of this configuration, in a stable order:
 *                     {@code species} (String), {@code mass_u} (Double, before mass_factor),
 *                     {@code charge} (Integer), {@code mass_factor}, {@code temperature_K},
 *                     {@code bias_mV}, then the profile's {@link ProfileSpec#parameters()} in their order;
 *                     kept as an unmodifiable insertion-ordered copy
 */
public record Configuration(long configId, Species species, double massFactor, double temperatureK, double biasMv,
                            ProfileSpec profile, Map<String, Object> parameters) {

    /** Column names of the parameters every configuration starts with, in order. */
    public static final java.util.List<String> BASE_COLUMNS =
            java.util.List.of("species", "mass_u", "charge", "mass_factor", "temperature_K", "bias_mV");

    public Configuration {
        if (configId < 0) {
            throw new IllegalArgumentException("config_id must be >= 0, got " + configId);
        }
        if (species == null || profile == null || parameters == null) {
            throw new IllegalArgumentException("species, profile and parameters are required");
        }
        if (!(massFactor > 0) || !Double.isFinite(massFactor)) {
            throw new IllegalArgumentException("mass_factor must be a finite number > 0, got " + massFactor);
        }
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("temperature_K must be a finite number > 0, got " + temperatureK);
        }
        if (!Double.isFinite(biasMv)) {
            throw new IllegalArgumentException("bias_mV must be a finite number, got " + biasMv);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A configuration whose parameters are derived from its fields (the usual way to make one). */
    public static Configuration of(long configId, Species species, double massFactor, double temperatureK,
                                   double biasMv, ProfileSpec profile) {
        return new Configuration(configId, species, massFactor, temperatureK, biasMv, profile,
                parametersOf(species, massFactor, temperatureK, biasMv, profile));
    }

    /** The output columns of a configuration with these fields, in the documented order. */
    public static Map<String, Object> parametersOf(Species species, double massFactor, double temperatureK,
                                                   double biasMv, ProfileSpec profile) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("species", species.name());
        p.put("mass_u", species.massU());
        p.put("charge", species.charge());
        p.put("mass_factor", massFactor);
        p.put("temperature_K", temperatureK);
        p.put("bias_mV", biasMv);
        for (Map.Entry<String, Double> e : profile.parameters().entrySet()) {
            if (p.containsKey(e.getKey())) {
                throw new IllegalArgumentException("profile parameter " + e.getKey() + " clashes with a base column");
            }
            p.put(e.getKey(), e.getValue());
        }
        return p;
    }

    /** The effective ion mass in u: species mass times mass_factor. */
    public double massU() {
        return species.effectiveMassU(massFactor);
    }

    /** The potential energy drop across the profile in eV: charge * bias. */
    public double biasDropEv() {
        return species.charge() * biasMv * PhysicalConstants.EV_PER_MV;
    }

    /** The piecewise-constant profile the kernel sees, bias applied. */
    public Staircase staircase() {
        return profile.staircase(biasDropEv());
    }
}

package io.ionsweep.io.config;

import io.ionsweep.engine.observables.ConductanceModel;

import java.util.List;

/**
 * {@code conductance:} {@code {model: rate, occupancy}} (the default, occupancy 1) or
 * {@code {model: landauer, concentration_mM, modes}} (concentration required, modes default 1). A key of
 * the other model is refused, so that a value never silently does nothing. The values are scalars, not
 * sweep axes.
 */
final class ConductanceReader {
    private ConductanceReader() {}

    static final List<String> MODELS = List.of("rate", "landauer");
    static final List<String> RATE_KEYS = List.of("model", "occupancy");
    static final List<String> LANDAUER_KEYS = List.of("model", "concentration_mM", "modes");
    static final List<String> KEYS = List.of("model", "occupancy", "concentration_mM", "modes");
    /** Largest occupancy and number of modes: far beyond one ion per filter, small enough for finite G. */
    static final double MAX_OCCUPANCY = 1e6;
    /** Largest bath concentration in mM (100 M, beyond any solution). */
    static final double MAX_CONCENTRATION_MM = 1e5;
    static final String ALLOWED = "a mapping {model: rate, occupancy} or {model: landauer, concentration_mM, modes}";

    static ConductanceModel read(ConfigMap root) {
        ConfigMap m = root.orDefault("conductance", new java.util.LinkedHashMap<String, Object>()).map(ALLOWED, KEYS);
        String model = m.orDefault("model", "rate").choice(MODELS);
        List<String> own = model.equals("rate") ? RATE_KEYS : LANDAUER_KEYS;
        for (String key : KEYS) {
            if (m.has(key) && !own.contains(key)) {
                throw m.get(key).orElseThrow().error("not a key of model: " + model,
                        String.join(", ", own) + " (or choose the model it belongs to)");
            }
        }
        if (model.equals("rate")) {
            double occupancy = m.orDefault("occupancy", ConductanceModel.Rate.DEFAULT_OCCUPANCY).number(
                    Constraint.nonNegative("probability that an ion is poised at the filter", MAX_OCCUPANCY));
            return new ConductanceModel.Rate(occupancy);
        }
        double concentration = m.require("concentration_mM", "a number > 0 (bath concentration in mM)")
                .number(Constraint.positive("bath concentration in mM", MAX_CONCENTRATION_MM));
        double modes = m.orDefault("modes", ConductanceModel.Landauer.DEFAULT_MODES)
                .number(Constraint.positive("transverse modes", MAX_OCCUPANCY));
        return new ConductanceModel.Landauer(concentration, modes);
    }
}

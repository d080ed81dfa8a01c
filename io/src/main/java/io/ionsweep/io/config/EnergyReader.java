package io.ionsweep.io.config;

import io.ionsweep.engine.sweep.EnergyGrid;

import java.util.List;

/** {@code energy:} {@code {min_eV, max_eV, points}} (linear, ends included) or {@code {values_eV: [...]}}. */
final class EnergyReader {
    private EnergyReader() {}

    /** Most energies per configuration. */
    static final int MAX_ENERGIES = 1_000_000;
    static final List<String> KEYS = List.of("min_eV", "max_eV", "points", "values_eV");
    static final String ALLOWED = "{min_eV, max_eV, points} or {values_eV: [...]}";

    static EnergyGrid read(ConfigMap root) {
        ConfigMap m = root.require("energy", ALLOWED).map(ALLOWED, KEYS);
        if (m.has("values_eV")) {
            if (m.has("min_eV") || m.has("max_eV") || m.has("points")) {
                throw m.node().error("values_eV together with min_eV/max_eV/points", "either " + ALLOWED);
            }
            String allowed = "a non-empty list of at most " + MAX_ENERGIES + " numbers (energies in eV)";
            ConfigNode valuesNode = m.require("values_eV", allowed);
            List<ConfigNode> items = valuesNode.list(allowed);
            if (items.size() > MAX_ENERGIES) {
                throw valuesNode.error(items.size() + " energies", allowed);
            }
            double[] e = new double[items.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = items.get(i).number(Constraint.finite("energy in eV", Bounds.ENERGY_EV));
            }
            return EnergyGrid.values(e);
        }
        ConfigNode minNode = m.require("min_eV", "a number (lowest energy in eV)");
        double min = minNode.number(Constraint.finite("lowest energy in eV", Bounds.ENERGY_EV));
        ConfigNode maxNode = m.require("max_eV", "a number > min_eV (highest energy in eV)");
        double max = maxNode.number(Constraint.finite("highest energy in eV", Bounds.ENERGY_EV));
        long points = m.require("points", "an integer from 2 to " + MAX_ENERGIES)
                .integer(2, MAX_ENERGIES, "an integer from 2 to " + MAX_ENERGIES + " (energies, both ends included)");
        if (!(max > min)) {
            throw maxNode.error(ConfigNode.describe(maxNode.value()) + " is not above min_eV "
                    + ConfigNode.describe(minNode.value()),
                    "a number > min_eV (highest energy in eV)");
        }
        return EnergyGrid.linear(min, max, (int) points);
    }

    /** The resonance window's lower end: {@code min_eV} of a range, NaN (the default, E0) for a values_eV list. */
    static double rangeMinEv(ConfigMap root) {
        return rangeEnd(root, "min_eV");
    }

    /** The resonance window's upper end: {@code max_eV} of a range, NaN (Vmax + 10 kT) for a values_eV list. */
    static double rangeMaxEv(ConfigMap root) {
        return rangeEnd(root, "max_eV");
    }

    /** Read after {@link #read}, which validated the block. */
    private static double rangeEnd(ConfigMap root, String key) {
        ConfigMap m = root.require("energy", ALLOWED).map(ALLOWED, KEYS);
        return m.has(key) ? ((Number) m.get(key).orElseThrow().value()).doubleValue() : Double.NaN;
    }
}

package io.ionsweep.io.config;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code species:} a built-in name, a custom {@code {name, mass_u, charge}}, or a non-empty list of those. */
final class SpeciesReader {
    private SpeciesReader() {}

    static final List<String> CUSTOM_KEYS = List.of("name", "mass_u", "charge");
    /** Largest |charge| of a custom species. */
    static final int MAX_CHARGE = 10;

    static String allowed() {
        return "a built-in species (" + String.join(", ", SpeciesTable.names())
                + "), a custom {name, mass_u, charge}, or a list of those";
    }

    static List<Species> read(ConfigMap root) {
        ConfigNode node = root.require("species", allowed());
        if (!node.isList()) {
            return List.of(one(node));
        }
        List<Species> species = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode item : node.list(allowed())) {
            if (item.isList()) {
                throw item.error("a list inside the species list", allowed());
            }
            Species s = one(item);
            if (!names.add(s.name())) {
                throw item.error(s.name() + " is listed twice", "each species once");
            }
            species.add(s);
        }
        return species;
    }

    private static Species one(ConfigNode node) {
        if (node.isMap()) {
            return custom(node.map("a custom species {name, mass_u, charge}", CUSTOM_KEYS));
        }
        if (!(node.value() instanceof String name)) {
            throw node.error(ConfigNode.describe(node.value()) + " is not a species", allowed());
        }
        return SpeciesTable.lookup(name).orElseThrow(() -> node.error(
                ConfigNode.describe(name) + " is not a built-in species",
                String.join(", ", SpeciesTable.names()) + ", or a custom {name, mass_u, charge}"));
    }

    private static Species custom(ConfigMap m) {
        ConfigNode nameNode = m.require("name", "a label such as X+");
        String name = nameNode.string("a label such as X+");
        if (SpeciesTable.lookup(name).isPresent()) {
            throw nameNode.error(ConfigNode.describe(name) + " is a built-in species name",
                    "a name other than " + String.join(", ", SpeciesTable.names()) + " (or use the built-in)");
        }
        Constraint massAllowed = Constraint.atLeast(Bounds.MIN_MASS, "ion mass in u", Bounds.MASS_U);
        double mass = m.require("mass_u", massAllowed.allowed()).number(massAllowed);
        String chargeAllowed = "a non-zero integer from -" + MAX_CHARGE + " to " + MAX_CHARGE + " (charge number z)";
        ConfigNode chargeNode = m.require("charge", chargeAllowed);
        int charge = (int) chargeNode.integer(-MAX_CHARGE, MAX_CHARGE, chargeAllowed);
        if (charge == 0) {
            throw chargeNode.error("0 is not allowed", chargeAllowed);
        }
        return new Species(name, mass, charge);
    }
}

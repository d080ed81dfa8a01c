package io.ionsweep.engine.physics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in ions. Masses: IUPAC 2021 standard atomic weights (abridged where the IUPAC value is an interval) minus z electron masses. */
public final class SpeciesTable {
    private SpeciesTable() {}

    private static final Map<String, Species> BUILTIN = new LinkedHashMap<>();

    static {
        add(Species.ofElement("Li+", 6.94, 1));
        add(Species.ofElement("Na+", 22.98976928, 1));
        add(Species.ofElement("K+", 39.0983, 1));
        add(Species.ofElement("Rb+", 85.4678, 1));
        add(Species.ofElement("Cs+", 132.90545196, 1));
        add(Species.ofElement("Mg2+", 24.305, 2));
        add(Species.ofElement("Ca2+", 40.078, 2));
        add(Species.ofElement("Ba2+", 137.327, 2));
    }

    private static void add(Species s) {
        BUILTIN.put(s.name(), s);
    }

    public static Optional<Species> lookup(String name) {
        return Optional.ofNullable(BUILTIN.get(name));
    }

    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(BUILTIN.keySet());
    }
}

package io.ionsweep.io.profile;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.Locale;

/** Energy units a potential table may be written in, and their conversion to eV. */
public enum EnergyUnit {
    EV("eV"),
    MEV("meV"),
    KCAL_PER_MOL("kcal/mol"),
    KJ_PER_MOL("kJ/mol"),
    /** Multiples of kT: needs a temperature. */
    KT("kT");

    /** Avogadro constant in 1/mol (exact since the 2019 SI). */
    public static final double AVOGADRO_PER_MOL = 6.02214076e23;
    /** The thermochemical calorie in J (exact by definition). */
    public static final double CALORIE_J = 4.184;
    /** J per kJ, cal per kcal, meV per eV. */
    private static final double KILO = 1e3;
    /** All spellings, for messages. */
    public static final String SPELLINGS = "eV, meV, kcal/mol, kJ/mol, kT";

    private final String key;

    EnergyUnit(String key) {
        this.key = key;
    }

    /** The spelling in configs and column names, e.g. {@code kcal/mol}. */
    public String key() {
        return key;
    }

    /**
     * eV per unit.
     *
     * @param temperatureK used only by {@link #KT}, where it must be a finite number > 0
     */
    public double evPerUnit(double temperatureK) {
        return switch (this) {
            case EV -> 1.0;
            case MEV -> 1.0 / KILO;
            case KCAL_PER_MOL -> KILO * CALORIE_J / AVOGADRO_PER_MOL / PhysicalConstants.ELEMENTARY_CHARGE_C;
            case KJ_PER_MOL -> KILO / AVOGADRO_PER_MOL / PhysicalConstants.ELEMENTARY_CHARGE_C;
            case KT -> {
                if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
                    throw new IllegalArgumentException("temperature_K must be a finite number > 0 to read energies in kT, got "
                            + temperatureK);
                }
                yield PhysicalConstants.BOLTZMANN_EV_PER_K * temperatureK;
            }
        };
    }

    /**
     * Parses a unit: {@code eV}, {@code meV}, {@code kcal/mol}, {@code kJ/mol}, {@code kT}; case does not
     * matter except that {@code meV} and {@code MeV} are not confused (MeV is refused), and {@code _per_}
     * or {@code _} may stand for the slash (column names: {@code V_kcal_per_mol}).
     *
     * @return the unit, or null when the text is none of them
     */
    public static EnergyUnit parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.equals("meV")) {
            return MEV;
        }
        String n = t.toLowerCase(Locale.ROOT).replace("_per_", "/").replace('_', '/');
        return switch (n) {
            case "ev" -> EV;
            case "kcal/mol" -> KCAL_PER_MOL;
            case "kj/mol" -> KJ_PER_MOL;
            case "kt" -> KT;
            default -> null;
        };
    }

    /** As {@link #parseOrNull}, failing with a message naming the key. */
    public static EnergyUnit parse(String key, String text) {
        EnergyUnit u = parseOrNull(text);
        if (u == null) {
            throw new IllegalArgumentException(key + " must be one of " + SPELLINGS + "; got '" + text + "'");
        }
        return u;
    }
}

package io.ionsweep.io.config;

import java.util.function.DoublePredicate;

/**
 * What a numeric parameter accepts, with the words an error message uses for it.
 *
 * @param test         true for an allowed finite value (sign and zero rules)
 * @param allowed      e.g. {@code a number > 0 (width in Angstrom)}
 * @param maxMagnitude largest |value| accepted: far beyond the physics, it keeps the kernel's
 *                     arithmetic finite (see {@link Bounds})
 * @param meaning      e.g. {@code width in Angstrom}
 */
public record Constraint(DoublePredicate test, String allowed, double maxMagnitude, String meaning) {

    /** Any finite number with |value| <= max. */
    public static Constraint finite(String meaning, double max) {
        return new Constraint(v -> true, "a number (" + meaning + ")", max, meaning);
    }

    /** A number > 0 and <= max. */
    public static Constraint positive(String meaning, double max) {
        return new Constraint(v -> v > 0, "a number > 0 (" + meaning + ")", max, meaning);
    }

    /** A number >= min (> 0) and <= max. */
    public static Constraint atLeast(double min, String meaning, double max) {
        return new Constraint(v -> v >= min, "a number >= " + min + " (" + meaning + ")", max, meaning);
    }

    /** A number >= 0 and <= max. */
    public static Constraint nonNegative(String meaning, double max) {
        return new Constraint(v -> v >= 0, "a number >= 0 (" + meaning + ")", max, meaning);
    }

    /** The message's "allowed" part for a value beyond {@link #maxMagnitude}. */
    String tooLarge() {
        String max = maxMagnitude == Math.rint(maxMagnitude) ? String.valueOf((long) maxMagnitude) : String.valueOf(maxMagnitude);
        return "a magnitude of at most " + max + " (" + meaning + ")";
    }
}

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

    /** A number from min to max, both included (for settings with a lower bound above 0, e.g. an accuracy). */
    public static Constraint between(double min, double max, String meaning) {
        return new Constraint(v -> v >= min && v <= max, "a number from " + shown(min) + " to " + shown(max)
                + " (" + meaning + ")", Math.max(Math.abs(min), Math.abs(max)), meaning);
    }

    /** A number as a config would write it: 1e-10, 0.1, 100. */
    private static String shown(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : Double.toString(v).replace(".0E", "e").replace("E", "e");
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

package io.ionsweep.io.config;

import java.util.function.DoublePredicate;

/**
 * What a numeric parameter accepts, with the words an error message uses for it.
 *
 * @param test    true for an allowed finite value
 * @param allowed e.g. {@code a number > 0 (width in Angstrom)}
 */
public record Constraint(DoublePredicate test, String allowed) {

    /** Any finite number. */
    public static Constraint finite(String meaning) {
        return new Constraint(v -> true, "a number (" + meaning + ")");
    }

    /** A finite number > 0. */
    public static Constraint positive(String meaning) {
        return new Constraint(v -> v > 0, "a number > 0 (" + meaning + ")");
    }

    /** A finite number >= 0. */
    public static Constraint nonNegative(String meaning) {
        return new Constraint(v -> v >= 0, "a number >= 0 (" + meaning + ")");
    }
}

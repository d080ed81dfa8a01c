package io.ionsweep.engine.profile;

import java.util.Locale;

/** How a tabulated potential is interpolated between its points. */
public enum Interpolation {
    /**
     * Monotone piecewise cubic Hermite (PCHIP, Fritsch-Carlson, with the Fritsch-Butland weighted
     * harmonic-mean slopes as in MATLAB's pchip and SciPy's PchipInterpolator): C1, no overshoot, so a
     * barrier in the table is not made higher or a well deeper than the data say.
     */
    PCHIP,
    /** Straight lines between points: continuous, with kinks at the points. */
    LINEAR;

    /** The config spelling: {@code pchip} or {@code linear}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code pchip} (also {@code monotone_cubic}) or {@code linear}, any case. */
    public static Interpolation parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "pchip", "monotone_cubic" -> PCHIP;
            case "linear" -> LINEAR;
            default -> throw new IllegalArgumentException(
                    "profile.interpolation must be one of pchip (monotone cubic), linear; got '" + text + "'");
        };
    }
}

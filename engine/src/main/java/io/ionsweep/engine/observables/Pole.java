package io.ionsweep.engine.observables;

/**
 * A zero of the incident amplitude at E = energyEv - i widthEv / 2 (a pole of the transmission amplitude).
 *
 * @param energyEv   E_r in eV
 * @param widthEv    Gamma in eV as computed (may be at rounding level, or even slightly negative, for
 *                   poles narrower than double precision resolves)
 * @param fluxAtFloor whether widthEv is already the flux-identity width evaluated at the resolution floor
 *                   (unresolved multiplet members taken from the Sturm count), which is what
 *                   {@link ResonanceFinder} would compute again for it
 * @param breitWignerPeak where {@code fluxAtFloor}, the peak 4 Gamma_L Gamma_R / Gamma^2 from the same partial
 *                   widths; NaN otherwise
 */
record Pole(double energyEv, double widthEv, boolean fluxAtFloor, double breitWignerPeak) {
    Pole(double energyEv, double widthEv) {
        this(energyEv, widthEv, false, Double.NaN);
    }

    /**
     * Zeros this close above the real axis (in ulps of E_r) are narrow poles whose width is below
     * double precision, the sign of their imaginary part rounding noise: they are kept, with width 0.
     */
    static final double NOISE_ULPS = 1024;

    /** The pole at the zero {re, im}, or null when the zero lies clearly above the real axis. */
    static Pole atZero(double[] z) {
        if (z[1] > NOISE_ULPS * Math.ulp(z[0])) {
            return null;
        }
        return new Pole(z[0], Math.max(0, -2 * z[1]));
    }
}

package io.ionsweep.engine.profile;

import io.ionsweep.engine.physics.PhysicalConstants;

/**
 * What the analytic smooth barriers share: validation, the error budget for dropped tails, and the
 * evaluation with error control.
 *
 * <p>Dropped tails. Cutting a tail V(x) off changes ln T by at most about 2 integral sqrt((2m/hbar^2) |V|) dx
 * over the tail, at every energy: where the tail is classically forbidden it adds that much tunnelling
 * action; where it is allowed (E > V) it reflects with a Born amplitude |r| <= (m/hbar^2 k) integral |V| dx,
 * which changes T by a relative 2|r| at most, and (2m/hbar^2) |V| / k <= sqrt((2m/hbar^2) |V|) there.
 * The window is chosen so that this bound is a fixed share of the accuracy.
 */
final class SmoothBarriers {
    private SmoothBarriers() {}

    /** The share of the accuracy (in ln T) granted to the dropped tails; the rest goes to the staircases. */
    static final double TAIL_SHARE = 0.1;
    /** Half-width of the uniformly sliced core, in units of the barrier's length (Eckart) or sigma (Gaussian). */
    static final double CORE_HALF_WIDTHS = 3.0;
    /**
     * Default width of the bias ramp in the same units: the full width where the barrier exceeds about
     * 1% of its height (4 exp(-6) for Eckart, exp(-4.5) for Gaussian).
     */
    static final double DEFAULT_FIELD_WIDTHS = 2.0 * CORE_HALF_WIDTHS;
    /**
     * Mass used to size the window of {@link ProfileSpec#staircase} (which knows no species): heavier
     * than any ion, so the window is wide enough for all of them (it grows only as log sqrt(m)).
     */
    static final double WINDOW_MASS_U_WITHOUT_SPECIES = 300.0;
    /** Level of the staircase {@link ProfileSpec#staircase} returns (for display and grids, not for T). */
    static final int DISPLAY_LEVEL = 4;

    static void requirePositive(String key, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number > 0, got " + v);
        }
    }

    static void requireFinite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + v);
        }
    }

    /** The tail budget in ln T for an accuracy. */
    static double tailBudgetLn(double accuracy) {
        return TAIL_SHARE * accuracy;
    }

    /** sqrt((2m/hbar^2) V) for a mass in u, V in eV: 1/A. */
    static double waveNumber(double massU, double potentialEv) {
        return Math.sqrt(PhysicalConstants.waveNumberFactor(massU) * potentialEv);
    }
}

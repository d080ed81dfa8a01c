package io.ionsweep.engine.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Gaussian barrier V(x) = height exp(-(x - center)^2 / (2 sigma^2)), leads at 0, cut to a window whose
 * dropped tails change T by less than a tenth of the accuracy. Under bias the drop falls linearly over
 * {@code fieldWidthA} centred on the barrier, and the right lead sits lower by the drop.
 *
 * @param heightEv    barrier height, eV (> 0)
 * @param sigmaA      standard width sigma, Angstrom (> 0)
 * @param centerA     position of the top, Angstrom
 * @param fieldWidthA width of the linear bias ramp, Angstrom (> 0); {@link #defaultFieldWidthA} by default
 * @param accuracy    requested accuracy of T (see {@link Accuracy})
 */
public record GaussianProfile(double heightEv, double sigmaA, double centerA, double fieldWidthA, double accuracy)
        implements RichardsonProfile {

    /** Bisection steps for the window: halves [0, MAX_REACH_SIGMAS] down to far below a slice. */
    private static final int BISECTION_STEPS = 60;
    /** No tail bound needs more than this many sigmas: exp(-(100/2)^2) is far below any budget. */
    private static final double MAX_REACH_SIGMAS = 100.0;

    public GaussianProfile {
        SmoothBarriers.requirePositive("profile.height_eV", heightEv);
        SmoothBarriers.requirePositive("profile.sigma_A", sigmaA);
        SmoothBarriers.requireFinite("profile.center_A", centerA);
        SmoothBarriers.requirePositive("profile.field_width_A", fieldWidthA);
        Accuracy.require("profile.accuracy", accuracy);
    }

    /** A barrier centred at 0 with the default field width and accuracy. */
    public static GaussianProfile of(double heightEv, double sigmaA) {
        return of(heightEv, sigmaA, 0.0);
    }

    /** A barrier with the default field width and accuracy. */
    public static GaussianProfile of(double heightEv, double sigmaA, double centerA) {
        SmoothBarriers.requirePositive("profile.sigma_A", sigmaA);
        return new GaussianProfile(heightEv, sigmaA, centerA, defaultFieldWidthA(sigmaA), Accuracy.DEFAULT);
    }

    /** The default width of the bias ramp: where the barrier is above about 1% of its height. */
    public static double defaultFieldWidthA(double sigmaA) {
        return SmoothBarriers.DEFAULT_FIELD_WIDTHS * sigmaA;
    }

    /** This barrier with another accuracy. */
    public GaussianProfile withAccuracy(double newAccuracy) {
        return new GaussianProfile(heightEv, sigmaA, centerA, fieldWidthA, newAccuracy);
    }

    /** The potential without bias at x, eV. */
    public double potentialEv(double xA) {
        double y = (xA - centerA) / sigmaA;
        return heightEv * Math.exp(-0.5 * y * y);
    }

    /**
     * Bound on the change of ln T when both tails beyond a distance d are dropped:
     * 2 * integral_d^inf 2 sqrt((2m/hbar^2) height) exp(-y^2 / (4 sigma^2)) dy
     * <= 4 sqrt((2m/hbar^2) height) sigma exp(-z^2) / z with z = d / (2 sigma) (erfc z <= exp(-z^2) / (z sqrt pi)).
     */
    private double tailBoundLn(double massU, double distanceA) {
        double z = distanceA / (2.0 * sigmaA);
        return 4.0 * SmoothBarriers.waveNumber(massU, heightEv) * sigmaA * Math.exp(-z * z) / z;
    }

    /** Distance from the centre beyond which the tails are dropped, for a mass. */
    double reachA(double massU) {
        double budget = SmoothBarriers.tailBudgetLn(accuracy);
        double lo = 0.0;
        double hi = MAX_REACH_SIGMAS * sigmaA;
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = 0.5 * (lo + hi);
            if (tailBoundLn(massU, mid) > budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The bound on the change of ln T by the dropped tails, for a mass. */
    @Override
    public double tailBoundLn(double massU) {
        double reach = Math.max(reachA(massU), Math.max(0.5 * fieldWidthA, SmoothBarriers.CORE_HALF_WIDTHS * sigmaA));
        return tailBoundLn(massU, reach);
    }

    @Override
    public Discretisation discretisation(double massU, double biasDropEv) {
        return BarrierDiscretiser.cut(this::potentialEv, centerA, SmoothBarriers.CORE_HALF_WIDTHS * sigmaA,
                sigmaA, reachA(massU), 0.5 * fieldWidthA, biasDropEv);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("height_eV", heightEv);
        p.put("sigma_A", sigmaA);
        p.put("center_A", centerA);
        p.put("field_width_A", fieldWidthA);
        p.put("accuracy", accuracy);
        return p;
    }
}

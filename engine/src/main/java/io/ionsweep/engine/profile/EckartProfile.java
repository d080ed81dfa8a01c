package io.ionsweep.engine.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The symmetric Eckart (Poschl-Teller) barrier V(x) = height / cosh^2((x - center) / length), leads at 0,
 * cut to a window whose dropped tails change T by less than a tenth of the accuracy. Under bias the
 * drop falls linearly over {@code fieldWidthA} centred on the barrier, and the right lead sits lower
 * by the drop.
 *
 * @param heightEv    barrier height, eV (> 0)
 * @param lengthA     length a, Angstrom (> 0)
 * @param centerA     position of the top, Angstrom
 * @param fieldWidthA width of the linear bias ramp, Angstrom (> 0); {@link #defaultFieldWidthA} by default
 * @param accuracy    requested accuracy of T (see {@link Accuracy})
 */
public record EckartProfile(double heightEv, double lengthA, double centerA, double fieldWidthA, double accuracy)
        implements RichardsonProfile {

    public EckartProfile {
        SmoothBarriers.requirePositive("profile.height_eV", heightEv);
        SmoothBarriers.requirePositive("profile.length_A", lengthA);
        SmoothBarriers.requireFinite("profile.center_A", centerA);
        SmoothBarriers.requirePositive("profile.field_width_A", fieldWidthA);
        Accuracy.require("profile.accuracy", accuracy);
    }

    /** A barrier centred at 0 with the default field width and accuracy. */
    public static EckartProfile of(double heightEv, double lengthA) {
        return of(heightEv, lengthA, 0.0);
    }

    /** A barrier with the default field width and accuracy. */
    public static EckartProfile of(double heightEv, double lengthA, double centerA) {
        SmoothBarriers.requirePositive("profile.length_A", lengthA);
        return new EckartProfile(heightEv, lengthA, centerA, defaultFieldWidthA(lengthA), Accuracy.DEFAULT);
    }

    /** The default width of the bias ramp: where the barrier is above about 1% of its height. */
    public static double defaultFieldWidthA(double lengthA) {
        return SmoothBarriers.DEFAULT_FIELD_WIDTHS * lengthA;
    }

    /** This barrier with another accuracy. */
    public EckartProfile withAccuracy(double newAccuracy) {
        return new EckartProfile(heightEv, lengthA, centerA, fieldWidthA, newAccuracy);
    }

    /** The potential without bias at x, eV. */
    public double potentialEv(double xA) {
        double c = Math.cosh((xA - centerA) / lengthA);
        return heightEv / (c * c);
    }

    /**
     * Distance from the centre beyond which the tails are dropped, for a mass: both tails together,
     * with 1/cosh^2 y <= 4 exp(-2|y|), bound the change of ln T by 8 a sqrt((2m/hbar^2) height) exp(-d/a).
     */
    double reachA(double massU) {
        double scale = 8.0 * lengthA * SmoothBarriers.waveNumber(massU, heightEv);
        return lengthA * Math.max(0.0, Math.log(scale / SmoothBarriers.tailBudgetLn(accuracy)));
    }

    /** The bound on the change of ln T by the dropped tails, for a mass. */
    @Override
    public double tailBoundLn(double massU) {
        double reach = Math.max(reachA(massU), Math.max(0.5 * fieldWidthA, SmoothBarriers.CORE_HALF_WIDTHS * lengthA));
        return 8.0 * lengthA * SmoothBarriers.waveNumber(massU, heightEv) * Math.exp(-reach / lengthA);
    }

    @Override
    public Discretisation discretisation(double massU, double biasDropEv) {
        return BarrierDiscretiser.cut(this::potentialEv, centerA, SmoothBarriers.CORE_HALF_WIDTHS * lengthA,
                lengthA, reachA(massU), 0.5 * fieldWidthA, biasDropEv);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("height_eV", heightEv);
        p.put("length_A", lengthA);
        p.put("center_A", centerA);
        p.put("field_width_A", fieldWidthA);
        p.put("accuracy", accuracy);
        return p;
    }
}

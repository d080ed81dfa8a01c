package io.ionsweep.io.config;

import io.ionsweep.engine.profile.Accuracy;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.ProfileTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * What the analytic smooth barriers ({@code eckart}, {@code gaussian}) share: the keys {@code height_eV},
 * a width ({@code length_A} or {@code sigma_A}), {@code center_A} (default 0), {@code field_width_A}
 * (default: the type's, proportional to the width) and {@code accuracy} (default 1e-6), all sweepable.
 * Axes, in this order: height_eV, the width, center_A, field_width_A (only when given: its default
 * follows the width), accuracy.
 */
abstract class SmoothBarrierMapper implements ProfileMapper {

    /** Builds the engine profile; it validates again (the config's constraints come first). */
    @FunctionalInterface
    interface Barrier {
        ProfileSpec create(double heightEv, double widthA, double centerA, double fieldWidthA, double accuracy);
    }

    static final Constraint HEIGHT = Constraint.positive("barrier height in eV", Bounds.ENERGY_EV);
    static final Constraint CENTER = Constraint.finite("position of the top in Angstrom", Bounds.WIDTH_A);
    static final Constraint FIELD_WIDTH = Constraint.positive("width of the linear bias ramp in Angstrom",
            Bounds.WIDTH_A);
    static final Constraint ACCURACY = Constraint.between(Accuracy.TIGHTEST, Accuracy.LOOSEST,
            "requested accuracy: relative on T where T > 1e-30, absolute on log10 T below");

    private final String type;
    private final String widthKey;
    private final Constraint width;
    private final DoubleUnaryOperator defaultFieldWidthA;
    private final Barrier barrier;

    SmoothBarrierMapper(String type, String widthKey, String widthMeaning, DoubleUnaryOperator defaultFieldWidthA,
                        Barrier barrier) {
        this.type = type;
        this.widthKey = widthKey;
        this.width = Constraint.positive(widthMeaning, Bounds.WIDTH_A);
        this.defaultFieldWidthA = defaultFieldWidthA;
        this.barrier = barrier;
    }

    /** The {@code accuracy} axis with its default, shared by every smooth profile type. */
    static Axis accuracy(ConfigMap profile, ParameterReader params) {
        return params.axis(profile, "accuracy", "accuracy", ACCURACY, Accuracy.DEFAULT);
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final List<String> keys() {
        return List.of("height_eV", widthKey, "center_A", "field_width_A", "accuracy");
    }

    @Override
    public final ProfileTemplate map(ConfigMap profile, ParameterReader params, ProfileContext context) {
        List<Axis> axes = new ArrayList<>();
        axes.add(params.axis(profile, "height_eV", "height_eV", HEIGHT, null));
        axes.add(params.axis(profile, widthKey, widthKey, width, null));
        axes.add(params.axis(profile, "center_A", "center_A", CENTER, 0.0));
        boolean fieldWidthGiven = profile.has("field_width_A");
        if (fieldWidthGiven) {
            axes.add(params.axis(profile, "field_width_A", "field_width_A", FIELD_WIDTH, null));
        }
        axes.add(accuracy(profile, params));
        return new ProfileTemplate(type, axes, v -> fieldWidthGiven
                ? barrier.create(v[0], v[1], v[2], v[3], v[4])
                : barrier.create(v[0], v[1], v[2], defaultFieldWidthA.applyAsDouble(v[1]), v[3]));
    }
}

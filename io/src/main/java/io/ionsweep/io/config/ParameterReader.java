package io.ionsweep.io.config;

import io.ionsweep.engine.sweep.Axis;
import io.ionsweep.engine.sweep.ListAxis;
import io.ionsweep.engine.sweep.RangeAxis;
import io.ionsweep.engine.sweep.Scale;

import java.util.List;

/**
 * Reads sweepable numeric parameters: a scalar, a list, or a range {@code {from, to, steps, scale}}.
 * Every listed value and both ends of a range are checked against the parameter's constraint, so a
 * range can never produce an invalid value (the values between the ends lie between them).
 *
 * <p>Ranges: {@code from <= to}; {@code scale: linear} (default) or {@code log} (needs from > 0);
 * {@code steps} values with both ends included: 1 when from == to, >= 2 otherwise. With
 * {@code sample:} a range is a continuous interval and {@code steps} is optional (and unused).
 */
public final class ParameterReader {
    static final List<String> RANGE_KEYS = List.of("from", "to", "steps", "scale");
    static final List<String> SCALES = List.of("linear", "log");

    private final boolean sampling;

    public ParameterReader(boolean sampling) {
        this.sampling = sampling;
    }

    /** Whether the config samples (ranges are continuous) rather than taking the Cartesian product. */
    public boolean sampling() {
        return sampling;
    }

    /** What a sweepable parameter accepts, for messages. */
    static String sweepable(Constraint c) {
        return c.allowed() + ", a list of them, or a range {from, to, steps, scale: linear|log}";
    }

    /** A sweepable parameter under {@code key}, with a default when absent (null = required). */
    public Axis axis(ConfigMap parent, String key, String column, Constraint c, Double defaultValue) {
        ConfigNode node = defaultValue == null ? parent.require(key, sweepable(c)) : parent.orDefault(key, defaultValue);
        return axis(node, column, c);
    }

    /** A sweepable parameter given by its node. */
    public Axis axis(ConfigNode node, String column, Constraint c) {
        if (node.isNumber()) {
            return new ListAxis(column, new double[] {node.number(c)});
        }
        if (node.isList()) {
            List<ConfigNode> items = node.list(sweepable(c));
            double[] values = new double[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = items.get(i).number(c);
            }
            return new ListAxis(column, values);
        }
        if (node.isMap()) {
            return range(node, column, c);
        }
        throw node.error(ConfigNode.describe(node.value()) + " is not a number", sweepable(c));
    }

    private Axis range(ConfigNode node, String column, Constraint c) {
        ConfigMap m = node.map("a range {from, to, steps, scale: linear|log}", RANGE_KEYS);
        ConfigNode fromNode = m.require("from", c.allowed());
        ConfigNode toNode = m.require("to", c.allowed());
        double from = fromNode.number(c);
        double to = toNode.number(c);
        String shownFrom = ConfigNode.describe(fromNode.value());
        String shownTo = ConfigNode.describe(toNode.value());
        Scale scale = m.orDefault("scale", "linear").choice(SCALES).equals("log") ? Scale.LOG : Scale.LINEAR;
        if (scale == Scale.LOG && !(from > 0)) {
            throw fromNode.error(shownFrom + " is not allowed with scale: log", "from > 0 and to > 0 for a log range");
        }
        if (from > to) {
            throw node.error("from " + shownFrom + " is greater than to " + shownTo, "from <= to");
        }
        String stepsAllowed = from == to ? "steps: 1 (from == to)" : "an integer >= 2 (number of values, both ends included)";
        if (sampling) {
            m.get("steps").ifPresent(s -> s.integer(1, Integer.MAX_VALUE, "an integer >= 1 (unused when sampling)"));
            return RangeAxis.continuous(column, from, to, scale);
        }
        ConfigNode stepsNode = m.require("steps", stepsAllowed);
        long steps = stepsNode.integer(1, Integer.MAX_VALUE, "an integer >= 1 (number of values, both ends included)");
        if ((from == to) != (steps == 1)) {
            throw stepsNode.error("steps: " + steps + " cannot go from " + shownFrom + " to " + shownTo, stepsAllowed);
        }
        return new RangeAxis(column, from, to, (int) steps, scale);
    }

    /**
     * An integer parameter that may be a list but not a range (e.g. {@code sites}).
     */
    public Axis integerAxis(ConfigMap parent, String key, String column, long min, long max, String meaning) {
        String one = "an integer from " + min + " to " + max + " (" + meaning + ")";
        String allowed = one + " or a list of them";
        ConfigNode node = parent.require(key, allowed);
        if (node.isList()) {
            List<ConfigNode> items = node.list(allowed);
            double[] values = new double[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = items.get(i).integer(min, max, one);
            }
            return new ListAxis(column, values);
        }
        if (node.isMap()) {
            throw node.error("a range is not allowed here", allowed);
        }
        return new ListAxis(column, new double[] {node.integer(min, max, one)});
    }

    /** A fixed integer setting with a default (e.g. {@code slices_per_layer}). */
    public int integer(ConfigMap parent, String key, int min, int max, int defaultValue, String meaning) {
        return (int) parent.orDefault(key, defaultValue)
                .integer(min, max, "an integer from " + min + " to " + max + " (" + meaning + ")");
    }
}

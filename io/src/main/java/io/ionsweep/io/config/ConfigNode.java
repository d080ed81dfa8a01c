package io.ionsweep.io.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One value of a config with its key path, and typed reads that fail with a {@link ConfigException}
 * naming that path and what is allowed.
 */
public final class ConfigNode {
    private final String source;
    private final String path;
    private final Object value;

    ConfigNode(String source, String path, Object value) {
        this.source = source;
        this.path = path;
        this.value = value;
    }

    public String source() {
        return source;
    }

    /** Dotted key path with list indexes, e.g. {@code profile.layers[0][1]}. */
    public String path() {
        return path;
    }

    /** The plain value: Map, List, String, Integer/Long/BigInteger, Double, Boolean or null. */
    public Object value() {
        return value;
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    /** An error at this node. */
    public ConfigException error(String problem, String allowed) {
        return new ConfigException(source, path, problem, allowed);
    }

    /** A child node of a list or map. */
    ConfigNode child(String key, Object childValue) {
        return new ConfigNode(source, path.isEmpty() ? key : path + "." + key, childValue);
    }

    /**
     * This node as a mapping whose keys are all in {@code allowedKeys}.
     *
     * @param what describes the mapping for type errors, e.g. {@code a mapping {min_eV, max_eV, points}}
     */
    @SuppressWarnings("unchecked")
    public ConfigMap map(String what, Collection<String> allowedKeys) {
        if (!(value instanceof Map)) {
            throw error(describe(value) + " is not a mapping", what);
        }
        Map<String, Object> m = (Map<String, Object>) value;
        for (String key : m.keySet()) {
            if (!allowedKeys.contains(key)) {
                throw child(key, m.get(key)).error("unknown key", String.join(", ", allowedKeys));
            }
        }
        return new ConfigMap(this, m);
    }

    /** This node as a non-empty list, its elements as nodes. */
    @SuppressWarnings("unchecked")
    public List<ConfigNode> list(String what) {
        if (!(value instanceof List)) {
            throw error(describe(value) + " is not a list", what);
        }
        List<Object> l = (List<Object>) value;
        if (l.isEmpty()) {
            throw error("an empty list", what);
        }
        List<ConfigNode> nodes = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            nodes.add(new ConfigNode(source, path + "[" + i + "]", l.get(i)));
        }
        return nodes;
    }

    public boolean isNumber() {
        return value instanceof Number;
    }

    /** A finite number accepted by the constraint (integers are accepted as numbers). */
    public double number(Constraint constraint) {
        if (!(value instanceof Number n)) {
            throw error(describe(value) + " is not a number", constraint.allowed());
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v)) {
            throw error(describe(value) + " is not a finite number", constraint.allowed());
        }
        if (!constraint.test().test(v)) {
            throw error(describe(value) + " is not allowed", constraint.allowed());
        }
        if (Math.abs(v) > constraint.maxMagnitude()) {
            throw error(describe(value) + " is too large", constraint.tooLarge());
        }
        return v;
    }

    /** An integer in [min, max]; a float (even 4.0) is refused. */
    public long integer(long min, long max, String allowed) {
        if (value instanceof Double) {
            throw error(describe(value) + " is not an integer", allowed);
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
            throw error(describe(value) + " is not an integer", allowed);
        }
        BigInteger v = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(describe(value) + " is not allowed", allowed);
        }
        return v.longValue();
    }

    public boolean bool(String allowed) {
        if (!(value instanceof Boolean b)) {
            throw error(describe(value) + " is not a boolean", allowed);
        }
        return b;
    }

    /** A non-blank string. */
    public String string(String allowed) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw error(describe(value) + " is not a text", allowed);
        }
        return s;
    }

    /** One of the given words (case-sensitive). */
    public String choice(List<String> options) {
        String allowed = String.join(", ", options);
        if (!(value instanceof String s) || !options.contains(s)) {
            throw error(describe(value) + " is not allowed", allowed);
        }
        return s;
    }

    /** How a value is shown in messages: numbers as written, strings quoted, YAML spellings for specials. */
    static String describe(Object v) {
        if (v == null) {
            return "an empty value";
        }
        if (v instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return ".nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? ".inf" : "-.inf";
            }
            return d.toString();
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return String.valueOf(v);
    }
}

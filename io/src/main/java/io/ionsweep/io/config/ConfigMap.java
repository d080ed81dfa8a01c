package io.ionsweep.io.config;

import java.util.Map;
import java.util.Optional;

/**
 * A mapping of a config. Defaults taken through {@link #orDefault} are written into the underlying
 * plain map, so the map afterwards is the resolved config.
 */
public final class ConfigMap {
    private final ConfigNode node;
    private final Map<String, Object> map;

    ConfigMap(ConfigNode node, Map<String, Object> map) {
        this.node = node;
        this.map = map;
    }

    public ConfigNode node() {
        return node;
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    public Optional<ConfigNode> get(String key) {
        return map.containsKey(key) ? Optional.of(node.child(key, map.get(key))) : Optional.empty();
    }

    /** The value of a required key. */
    public ConfigNode require(String key, String allowed) {
        if (!map.containsKey(key)) {
            throw node.child(key, null).error("missing required key", allowed);
        }
        return node.child(key, map.get(key));
    }

    /** The value of a key, or the default (recorded in the resolved config) when absent. */
    public ConfigNode orDefault(String key, Object defaultValue) {
        if (!map.containsKey(key)) {
            map.put(key, defaultValue);
        }
        return node.child(key, map.get(key));
    }

    /** Replaces a value in the resolved config (e.g. a normalised spelling). */
    void put(String key, Object value) {
        map.put(key, value);
    }
}

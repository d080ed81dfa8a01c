package io.ionsweep.io.config;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a YAML config into plain data only: maps with string keys (insertion-ordered), lists, strings,
 * integers (Integer/Long/BigInteger), doubles, booleans and null, under the YAML 1.2 core schema.
 *
 * <p>Defences: no tag outside the core schema (any {@code !!java...}, {@code !custom}, {@code !!binary},
 * {@code !!set}... is an error, so no class is ever instantiated); at most {@value #MAX_ALIASES} aliases
 * to collections and at most {@value #MAX_NODES} values after alias expansion (no "billion laughs");
 * no recursive structures; at most {@value #MAX_CODE_POINTS} code points; duplicate keys refused;
 * exactly one document. Aliases are expanded into independent copies.
 */
public final class SafeYaml {
    private SafeYaml() {}

    /** Largest accepted document, in code points (3 MiB). */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Most aliases to collections. */
    public static final int MAX_ALIASES = 50;
    /** Most values (scalars and collections) after alias expansion. */
    public static final int MAX_NODES = 200_000;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);

    /** The single document of {@code yaml} as plain data (null for an empty document). */
    public static Object read(String yaml, String source) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            throw new ConfigException(source, "", "the document is longer than " + MAX_CODE_POINTS + " characters",
                    "a config of at most 3 MiB");
        }
        Node root;
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(yaml).iterator();
            if (!documents.hasNext()) {
                return null;
            }
            root = documents.next();
            if (documents.hasNext()) {
                throw new ConfigException(source, "", "the file holds more than one YAML document",
                        "exactly one document (remove the '---' separators)");
            }
        } catch (MarkedYamlEngineException e) {
            throw new ConfigException(source, "", where(e.getProblemMark()) + "YAML error: " + e.getProblem(),
                    "well-formed YAML with plain values");
        } catch (YamlEngineException e) {
            throw new ConfigException(source, "", "YAML error: " + e.getMessage(), "well-formed YAML with plain values");
        }
        Converter converter = new Converter(source, settings.getSchema().getSchemaTagConstructors());
        return converter.convert(root, "");
    }

    private static String where(Optional<Mark> mark) {
        return mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ").orElse("");
    }

    /** Walks the composed node graph, expanding aliases into copies, with key paths for errors. */
    private static final class Converter {
        private final String source;
        private final Map<Tag, ConstructNode> constructors;
        private final IdentityHashMap<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;

        Converter(String source, Map<Tag, ConstructNode> constructors) {
            this.source = source;
            this.constructors = constructors;
        }

        Object convert(Node node, String path) {
            if (++nodes > MAX_NODES) {
                throw new ConfigException(source, path, "the document expands to more than " + MAX_NODES
                        + " values (too many aliases?)", "a config with fewer repeated anchors");
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new ConfigException(source, path, "a recursive alias (a value that contains itself)",
                        "plain, non-recursive data");
            }
            try {
                return switch (node) {
                    case MappingNode m -> mapping(m, path);
                    case SequenceNode s -> sequence(s, path);
                    case ScalarNode s -> scalar(s, path);
                    default -> throw new ConfigException(source, path, "an unsupported YAML node", "plain data");
                };
            } finally {
                onPath.remove(node);
            }
        }

        private Map<String, Object> mapping(MappingNode m, String path) {
            requireTag(m, Tag.MAP, path);
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode keyNode) || !PLAIN_TAGS.contains(keyNode.getTag())) {
                    throw new ConfigException(source, path, where(t.getKeyNode().getStartMark())
                            + "a key that is not a plain name", "names as keys");
                }
                String key = keyNode.getValue();
                String keyPath = path.isEmpty() ? key : path + "." + key;
                if (map.containsKey(key)) {
                    throw new ConfigException(source, keyPath, "duplicate key", "each key once per mapping");
                }
                map.put(key, convert(t.getValueNode(), keyPath));
            }
            return map;
        }

        private List<Object> sequence(SequenceNode s, String path) {
            requireTag(s, Tag.SEQ, path);
            List<Object> list = new ArrayList<>(s.getValue().size());
            for (int i = 0; i < s.getValue().size(); i++) {
                list.add(convert(s.getValue().get(i), path + "[" + i + "]"));
            }
            return list;
        }

        private Object scalar(ScalarNode s, String path) {
            if (!PLAIN_TAGS.contains(s.getTag())) {
                throw unsafeTag(s, path);
            }
            if (s.getTag().equals(Tag.STR)) {
                return s.getValue();
            }
            try {
                return constructors.get(s.getTag()).construct(s);
            } catch (RuntimeException e) {
                throw new ConfigException(source, path, where(s.getStartMark()) + "cannot read '" + s.getValue()
                        + "' as " + s.getTag().getValue().replace(Tag.PREFIX, "!!"), "a value of that type");
            }
        }

        private void requireTag(Node n, Tag expected, String path) {
            if (!n.getTag().equals(expected)) {
                throw unsafeTag(n, path);
            }
        }

        private ConfigException unsafeTag(Node n, String path) {
            String tag = n.getTag().getValue().replace(Tag.PREFIX, "!!");
            return new ConfigException(source, path, where(n.getStartMark()) + "the tag " + tag + " is not allowed",
                    "plain values without tags (or the core tags !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)");
        }
    }
}

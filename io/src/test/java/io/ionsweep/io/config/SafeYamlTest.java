package io.ionsweep.io.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeYamlTest {

    @Test
    void readsPlainDataUnderTheCoreSchema() {
        Object data = SafeYaml.read("a: 1\nb: 2.5\nc: [x, true, null, .inf, 0x10]\nd: {e: yes}\n", "t.yaml");
        Map<?, ?> m = assertInstanceOf(Map.class, data);
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(m.keySet()));
        assertEquals(1, m.get("a"));
        assertEquals(2.5, m.get("b"));
        List<?> c = (List<?>) m.get("c");
        assertEquals("x", c.get(0));
        assertEquals(true, c.get(1));
        assertEquals(null, c.get(2));
        assertEquals(Double.POSITIVE_INFINITY, c.get(3));
        assertEquals(16, c.get(4));
        assertEquals("yes", ((Map<?, ?>) m.get("d")).get("e")); // YAML 1.2: yes is a string
    }

    @Test
    void refusesEveryNonCoreTag() {
        for (String yaml : List.of("a: !!java.lang.ProcessBuilder [ls]", "a: !!javax.script.ScriptEngineManager []",
                "a: !foo bar", "a: !!binary aGk=", "a: !!timestamp 2001-12-14", "a: !!set {x}", "a: !!omap [x: 1]",
                "a: !<tag:yaml.org,2002:java.net.URL> [http://x]")) {
            ConfigException e = assertThrows(ConfigException.class, () -> SafeYaml.read(yaml, "t.yaml"), yaml);
            assertEquals("a", e.keyPath(), yaml);
            assertTrue(e.getMessage().contains("is not allowed"), e.getMessage());
        }
    }

    @Test
    void boundsAliasExpansion() {
        // A "billion laughs" that stays under the alias count but would expand to 9^6 values.
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (char level = 'b'; level <= 'f'; level++) {
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? ", " : "").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = String.valueOf(level);
        }
        ConfigException e = assertThrows(ConfigException.class, () -> SafeYaml.read(yaml.toString(), "t.yaml"));
        assertTrue(e.getMessage().contains("expands to more than " + SafeYaml.MAX_NODES), e.getMessage());
        // More aliases than allowed is refused by the parser itself.
        StringBuilder many = new StringBuilder("a: &a [1]\nb: [");
        for (int i = 0; i <= SafeYaml.MAX_ALIASES; i++) {
            many.append(i > 0 ? ", " : "").append("*a");
        }
        many.append("]\n");
        ConfigException e2 = assertThrows(ConfigException.class, () -> SafeYaml.read(many.toString(), "t.yaml"));
        assertTrue(e2.getMessage().contains("YAML error"), e2.getMessage());
    }

    @Test
    void refusesRecursiveStructures() {
        ConfigException e = assertThrows(ConfigException.class, () -> SafeYaml.read("a: &a [1, *a]\n", "t.yaml"));
        assertEquals("a[1]", e.keyPath());
        assertThrows(ConfigException.class, () -> SafeYaml.read("a: &a {b: *a}\n", "t.yaml"));
    }

    @Test
    void refusesDuplicateKeysOversizeDocumentsAndSeveralDocuments() {
        assertEquals("x.y", assertThrows(ConfigException.class, () -> SafeYaml.read("x: {y: 1, y: 2}", "t.yaml")).keyPath());
        String big = "a: \"" + "x".repeat(SafeYaml.MAX_CODE_POINTS) + "\"\n";
        ConfigException e = assertThrows(ConfigException.class, () -> SafeYaml.read(big, "t.yaml"));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        assertThrows(ConfigException.class, () -> SafeYaml.read("a: 1\n---\nb: 2\n", "t.yaml"));
        assertEquals(null, SafeYaml.read("# only a comment\n", "t.yaml"));
    }

    @Test
    void aliasesBecomeIndependentCopies() {
        Map<?, ?> m = (Map<?, ?>) SafeYaml.read("a: &x {k: 1}\nb: *x\n", "t.yaml");
        assertEquals(m.get("a"), m.get("b"));
        assertTrue(m.get("a") != m.get("b"));
    }
}

package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The RunCommandTest sweep (60 configurations) in parts of 16: parts 0..3. */
    private Path dataset(String name, String... extra) throws Exception {
        Path cfg = tmp.resolve("sweep.yaml");
        Files.writeString(cfg, RunCommandTest.SWEEP);
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", cfg.toString(), "--out", out.toString(), "--quiet",
                "--part-size", "16"));
        args.addAll(List.of(extra));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private static JsonNode inspectJson(Path dir) throws Exception {
        CliRunner r = CliRunner.run("inspect", dir.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheCountsTablesUnitsAndTimings() throws Exception {
        Path out = dataset("out");
        JsonNode j = inspectJson(out);
        assertEquals("complete", j.get("status").asText());
        assertEquals(60, j.get("total_configurations").asLong());
        assertEquals(60, j.get("configurations_done").asLong());
        assertEquals(0, j.get("missing_parts").size());
        assertEquals(60, j.get("tables").get("summary").get("rows").asLong());
        assertEquals(4, j.get("tables").get("summary").get("parts").asLong());
        assertEquals(60L * 11, j.get("tables").get("spectra").get("rows").asLong(), "ceil(101 / 10) energies each");
        long bytes = 0;
        try (var files = Files.walk(out.resolve("summary"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(f);
            }
        }
        assertEquals(bytes, j.get("tables").get("summary").get("bytes").asLong(), "bytes = the part files on disk");
        assertEquals("eV", unitOf(j, "summary", "barrier_height_eV"));
        assertEquals("A", unitOf(j, "summary", "barrier_width_A"));
        assertEquals("eV", unitOf(j, "summary", "energy_at_peak_eV"));
        assertEquals("eV", unitOf(j, "spectra", "energy_eV"));
        assertEquals("", unitOf(j, "spectra", "transmission"));
        JsonNode run = j.get("runs").get(0);
        assertEquals(60, run.get("configurations").asLong());
        assertTrue(run.get("wall_seconds").asDouble() > 0);
        JsonNode lat = run.get("batch_latency_ms");
        assertTrue(lat.get("p50").asDouble() <= lat.get("p90").asDouble()
                && lat.get("p90").asDouble() <= lat.get("p99").asDouble()
                && lat.get("p99").asDouble() <= lat.get("max").asDouble(), lat.toString());
    }

    @Test
    void theResonancesAndSelectivityTablesAreShownWithRowsBytesAndUnits() throws Exception {
        Path cfg = tmp.resolve("obs.yaml");
        Files.writeString(cfg, ObservableTablesRunTest.SWEEP);
        Path out = tmp.resolve("obs");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet", "--part-size", "5");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = inspectJson(out);
        assertEquals(0, j.get("missing_parts").size(), "selectivity parts are not summary parts");
        for (String table : List.of("resonances", "selectivity")) {
            JsonNode t = j.get("tables").get(table);
            long rows = (Long) Duck.scalar("select count(*) from read_parquet(" + Duck.glob(out, table) + ")");
            assertEquals(rows, t.get("rows").asLong(), table);
            long bytes = 0;
            try (var files = Files.walk(out.resolve(table))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    bytes += Files.size(f);
                }
            }
            assertEquals(bytes, t.get("bytes").asLong(), table);
        }
        // the count column (BIGINT) has statistics too, as DuckDB computes them
        JsonNode count = null;
        for (JsonNode s : j.get("statistics")) {
            if (s.get("column").asText().equals("resonance_count")) {
                count = s;
            }
        }
        assertNotNull(count, "resonance_count statistics in " + j.get("statistics"));
        List<Object> duck = Duck.query("select count(*), min(resonance_count), median(resonance_count), "
                + "max(resonance_count) from read_parquet(" + Duck.glob(out, "summary") + ")").get(0);
        assertEquals(((Number) duck.get(0)).longValue(), count.get("count").asLong());
        assertEquals(((Number) duck.get(1)).doubleValue(), count.get("min").asDouble());
        assertEquals(((Number) duck.get(2)).doubleValue(), count.get("median").asDouble());
        assertEquals(((Number) duck.get(3)).doubleValue(), count.get("max").asDouble());
        assertEquals(5, j.get("tables").get("resonances").get("parts").asLong());
        assertEquals(2, j.get("tables").get("selectivity").get("parts").asLong());
        assertEquals(24, j.get("tables").get("selectivity").get("rows").asLong());
        assertEquals("eV", unitOf(j, "resonances", "width_eV"));
        assertEquals("ps", unitOf(j, "resonances", "lifetime_ps"));
        assertEquals("THz", unitOf(j, "resonances", "spacing_THz"));
        assertEquals("pS", unitOf(j, "selectivity", "conductance_quantum_a_pS"));
        assertEquals("", unitOf(j, "selectivity", "conductance_ratio_quantum"));
        String text = CliRunner.run("inspect", out.toString()).out();
        assertTrue(text.contains("  resonances   " + j.get("tables").get("resonances").get("rows").asLong() + " rows in 5 part(s)"), text);
        assertTrue(text.contains("  selectivity  24 rows in 2 part(s)"), text);
        assertTrue(text.contains("resolved                       BOOLEAN"), text);
        assertTrue(text.contains("spacing_THz                    DOUBLE  THz"), text);

        // the selectivity not yet derived: nothing is missing part by part, the note says how to finish
        ObjectNode m = (ObjectNode) JSON.readTree(out.resolve("manifest.json").toFile());
        ArrayNode parts = (ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).get("table").asText().equals("selectivity")) {
                parts.remove(i);
            }
        }
        m.put("status", "incomplete");
        Files.write(out.resolve("manifest.json"), JSON.writeValueAsBytes(m));
        String pending = CliRunner.run("inspect", out.toString()).out();
        assertTrue(pending.contains("selectivity is derived from the summary at the end of a run"), pending);
        assertEquals(0, inspectJson(out).get("missing_parts").size());
    }

    @Test
    void statisticsAgreeWithDuckDb() throws Exception {
        Path out = dataset("out");
        JsonNode stats = inspectJson(out).get("statistics");
        List<String> columns = new ArrayList<>();
        stats.forEach(s -> columns.add(s.get("column").asText()));
        assertTrue(columns.containsAll(List.of("peak_transmission", "energy_at_peak_eV", "min_log10_transmission")), columns.toString());
        assertTrue(!columns.contains("barrier_height_eV") && !columns.contains("config_id"), "parameters are not results");
        String summary = "read_parquet(" + Duck.glob(out, "summary") + ")";
        for (JsonNode s : stats) {
            String c = s.get("column").asText();
            List<Object> row = Duck.query("select count(*), min(" + c + "), median(" + c + "), max(" + c + ") from "
                    + summary + " where not isnan(" + c + ")").get(0);
            assertEquals(60L, s.get("count").asLong(), c);
            assertEquals(((Number) row.get(0)).longValue(), 60L - s.get("nan_count").asLong(), c);
            assertEquals((Double) row.get(1), number(s.get("min")), 0.0, c + " min");
            assertEquals((Double) row.get(2), number(s.get("median")), 1e-15 * Math.abs((Double) row.get(2)), c + " median");
            assertEquals((Double) row.get(3), number(s.get("max")), 0.0, c + " max");
        }
    }

    @Test
    void textNamesTheStatusTablesUnitsAndLatency() throws Exception {
        Path out = dataset("out");
        CliRunner r = CliRunner.run("inspect", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = r.out();
        for (String expected : List.of("status         complete", "60/60 configurations", "summary      60 rows in 4 part(s)",
                "spectra      660 rows in 4 part(s)", "barrier_height_eV", "batch latency (ms): p50", "peak_transmission",
                "median")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
        }
        assertTrue(!text.contains("missing parts"), text);
    }

    @Test
    void anInterruptedDatasetShowsItsMissingParts() throws Exception {
        Path out = dataset("out");
        ObjectNode m = (ObjectNode) JSON.readTree(out.resolve("manifest.json").toFile());
        ArrayNode parts = (ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).get("part").asLong() == 2) {
                Files.delete(out.resolve(parts.get(i).get("file").asText()));
                parts.remove(i);
            }
        }
        m.put("status", "running");
        m.put("configurations_done", 44);
        Files.write(out.resolve("manifest.json"), JSON.writeValueAsBytes(m));

        JsonNode j = inspectJson(out);
        assertEquals("running", j.get("status").asText());
        assertEquals(List.of(2L), longs(j.get("missing_parts")));
        assertEquals(44, j.get("tables").get("summary").get("rows").asLong());
        assertEquals(44, j.get("statistics").get(0).get("count").asLong(), "statistics read only the listed parts");
        CliRunner text = CliRunner.run("inspect", out.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("missing parts  2 "), text.out());
    }

    @Test
    void aShardsMissingPartsAreOnlyItsOwn() throws Exception {
        Path out = dataset("shard", "--shard", "1/2");
        ObjectNode m = (ObjectNode) JSON.readTree(out.resolve("manifest.json").toFile());
        ArrayNode parts = (ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).get("part").asLong() == 3 && parts.get(i).get("table").asText().equals("spectra")) {
                parts.remove(i); // a part counts as done only with every table
            }
        }
        Files.write(out.resolve("manifest.json"), JSON.writeValueAsBytes(m));
        assertEquals(List.of(3L), longs(inspectJson(out).get("missing_parts")), "shard 1/2 owns parts 1 and 3");
    }

    @Test
    void aDirectoryThatIsNotADatasetIsOneLineAndExit2() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (Path dir : List.of(empty, tmp.resolve("absent"))) {
            CliRunner r = CliRunner.run("inspect", dir.toString());
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(dir.toString()), r.err());
        }
        Path bogus = Files.createDirectories(tmp.resolve("bogus"));
        Files.writeString(bogus.resolve("manifest.json"), "{\"format\": \"something-else\"}");
        CliRunner r = CliRunner.run("inspect", bogus.toString(), "--format", "json");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Files.writeString(bogus.resolve("manifest.json"), "not json");
        CliRunner broken = CliRunner.run("inspect", bogus.toString());
        assertEquals(2, broken.exitCode(), broken.err());
        assertEquals(1, broken.err().lines().count(), broken.err());
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static double number(JsonNode n) {
        return n.isTextual() ? Double.parseDouble(n.asText()) : n.asDouble();
    }

    private static String unitOf(JsonNode j, String table, String column) {
        for (JsonNode c : j.get("tables").get(table).get("columns")) {
            if (c.get("name").asText().equals(column)) {
                return c.get("unit").asText();
            }
        }
        throw new AssertionError("no column " + column + " in " + table);
    }
}

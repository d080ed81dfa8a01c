package io.ionsweep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ionsweep.io.dataset.DatasetInspection;
import io.ionsweep.io.dataset.Manifest;
import java.util.Map;

/**
 * {@code inspect --format json}. Non-finite numbers (a closed lead gives -Infinity) are written as the
 * strings "Infinity", "-Infinity", "NaN", since JSON has no such numbers.
 */
final class InspectJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectJson() {}

    static String render(DatasetInspection in) throws JsonProcessingException {
        Manifest m = in.manifest();
        ObjectNode root = JSON.createObjectNode();
        root.put("config_file", m.configFile);
        root.put("ionsweep_version", m.ionsweepVersion);
        root.put("status", m.status);
        root.put("kernel", m.kernel);
        root.put("shard_index", m.shardIndex);
        root.put("shard_count", m.shardCount);
        root.put("total_configurations", m.totalConfigurations);
        root.put("shard_configurations", m.shardConfigurations);
        root.put("configurations_done", m.configurationsDone);
        root.put("configs_per_part", m.configsPerPart);
        root.put("parts_in_shard", m.partsInShard);
        ArrayNode missing = root.putArray("missing_parts");
        in.missingParts().forEach(missing::add);
        ObjectNode tables = root.putObject("tables");
        for (Map.Entry<String, DatasetInspection.TableTotals> t : in.tables().entrySet()) {
            ObjectNode node = tables.putObject(t.getKey());
            node.put("parts", t.getValue().parts());
            node.put("rows", t.getValue().rows());
            node.put("bytes", t.getValue().bytes());
            ArrayNode cols = node.putArray("columns");
            for (Manifest.ColumnInfo c : m.tables.get(t.getKey())) {
                cols.addObject().put("name", c.name()).put("type", c.type()).put("unit", c.unit())
                        .put("description", c.description());
            }
        }
        ArrayNode runs = root.putArray("runs");
        for (Manifest.RunEntry r : m.runs) {
            ObjectNode run = runs.addObject();
            run.put("started", r.started());
            run.put("ended", r.ended());
            run.put("threads", r.threads());
            run.put("configurations", r.configurations());
            number(run, "wall_seconds", r.wallSeconds());
            number(run, "configurations_per_second", r.configurationsPerSecond());
            number(run, "energy_evaluations_per_second", r.energyEvaluationsPerSecond());
            ObjectNode latency = run.putObject("batch_latency_ms");
            if (r.batchLatencyMs() != null) {
                r.batchLatencyMs().forEach((k, v) -> number(latency, k, v));
            }
        }
        ArrayNode stats = root.putArray("statistics");
        for (DatasetInspection.ColumnStatistics s : in.statistics()) {
            ObjectNode node = stats.addObject();
            node.put("table", "summary");
            node.put("column", s.column());
            node.put("unit", s.unit());
            node.put("count", s.count());
            node.put("nan_count", s.nanCount());
            number(node, "min", s.min());
            number(node, "median", s.median());
            number(node, "max", s.max());
        }
        // rows whose bound on the undetermined part of <T> (or of the current) exceeds the stated accuracy
        ObjectNode uncertified = root.putObject("uncertified");
        in.uncertified().forEach(uncertified::put);
        return JSON.writeValueAsString(root) + System.lineSeparator();
    }

    private static void number(ObjectNode node, String key, Double v) {
        if (v == null) {
            node.putNull(key);
        } else if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.put(key, v.toString());
        }
    }
}

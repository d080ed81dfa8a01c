package io.ionsweep.io.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ionsweep.io.parquet.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code DIR/manifest.json}: what a dataset is, how it was made, and every finished part with its
 * row count and SHA-256. It is replaced atomically after each part, so it always describes files
 * that are complete; a part file it does not list is not part of the dataset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Manifest {
    public static final String FILE = "manifest.json";
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @JsonProperty("format") public String format = "ionsweep-dataset";
    @JsonProperty("format_version") public int formatVersion = FORMAT_VERSION;
    @JsonProperty("ionsweep_version") public String ionsweepVersion;
    @JsonProperty("status") public String status = "running";
    @JsonProperty("config_file") public String configFile;
    @JsonProperty("config_sha256") public String configSha256;
    @JsonProperty("config") public String config;
    @JsonProperty("kernel") public String kernel;
    @JsonProperty("codec") public String codec;
    @JsonProperty("started") public String started;
    @JsonProperty("ended") public String ended;
    @JsonProperty("shard_index") public int shardIndex;
    @JsonProperty("shard_count") public int shardCount = 1;
    @JsonProperty("total_configurations") public long totalConfigurations;
    @JsonProperty("shard_configurations") public long shardConfigurations;
    @JsonProperty("configurations_done") public long configurationsDone;
    @JsonProperty("configs_per_part") public long configsPerPart;
    @JsonProperty("parts_in_shard") public long partsInShard;
    @JsonProperty("energy_points") public int energyPoints;
    @JsonProperty("spectra_stride") public int spectraStride = 1;
    @JsonProperty("units") public Map<String, String> units = new LinkedHashMap<>();
    @JsonProperty("tables") public Map<String, List<ColumnInfo>> tables = new LinkedHashMap<>();
    @JsonProperty("parts") public List<PartEntry> parts = new ArrayList<>();
    @JsonProperty("runs") public List<RunEntry> runs = new ArrayList<>();

    /** A column of a table: name, Parquet type, unit, meaning. */
    public record ColumnInfo(@JsonProperty("name") String name, @JsonProperty("type") String type,
                             @JsonProperty("unit") String unit, @JsonProperty("description") String description) {}

    /** A finished part file, relative to the dataset directory. */
    public record PartEntry(@JsonProperty("table") String table, @JsonProperty("file") String file,
                            @JsonProperty("part") long part, @JsonProperty("first_config_id") long firstConfigId,
                            @JsonProperty("end_config_id") long endConfigId, @JsonProperty("rows") long rows,
                            @JsonProperty("bytes") long bytes, @JsonProperty("sha256") String sha256) {}

    /** One invocation of `run` (a resumed dataset has several). */
    public record RunEntry(@JsonProperty("started") String started, @JsonProperty("ended") String ended,
                           @JsonProperty("threads") int threads,
                           @JsonProperty("configurations") long configurations,
                           @JsonProperty("wall_seconds") double wallSeconds,
                           @JsonProperty("configurations_per_second") double configurationsPerSecond,
                           @JsonProperty("energy_evaluations_per_second") double energyEvaluationsPerSecond,
                           @JsonProperty("batch_latency_ms") Map<String, Double> batchLatencyMs,
                           @JsonProperty("batches") long batches,
                           @JsonProperty("bytes_written") long bytesWritten) {}

    public static Manifest read(Path dir) throws IOException {
        return JSON.readValue(Files.readAllBytes(dir.resolve(FILE)), Manifest.class);
    }

    /** Replaces DIR/manifest.json atomically. */
    public void write(Path dir) throws IOException {
        AtomicFiles.writeAtomically(dir.resolve(FILE), JSON.writeValueAsBytes(this));
    }

    public long totalBytes() {
        return parts.stream().mapToLong(PartEntry::bytes).sum();
    }
}

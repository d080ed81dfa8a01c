package io.ionsweep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.dataset.Manifest;
import io.ionsweep.io.parquet.TableSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.SparkSession;

/**
 * Writes {@code URI/manifest.json} after every table is committed, in io's {@link Manifest} format,
 * through Hadoop's FileSystem (so any URI Spark writes to works), as a temporary file renamed into
 * place. Differences from a local manifest: part files carry Spark's names
 * ({@code part-00003-<uuid>-c000.zstd.parquet}, where 00003 is the slice), {@code sha256} is null (the
 * files were committed by Spark; rows come from their footers), {@code runs[0].threads} is Spark's default
 * parallelism and the batch latencies are not measured.
 */
final class SparkManifestWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern PART = Pattern.compile("part-(\\d+)-.*\\.parquet");

    private final SparkSession spark;
    private final SparkOptions options;
    private final SweepConfig sweep;
    private final SweepJob job;

    SparkManifestWriter(SparkSession spark, SparkOptions options, SweepConfig sweep, SweepJob job) {
        this.spark = spark;
        this.options = options;
        this.sweep = sweep;
        this.job = job;
    }

    /** What was written, for the report. */
    record Written(List<String> tables, int files, long bytes, String kernel, int energyPoints, int partitions) {}

    Written write(Map<String, TableSchema> tables, String kernel, String started, double wallSeconds) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path root = new Path(options.out());
        FileSystem fs = root.getFileSystem(conf);
        Manifest m = new Manifest();
        m.ionsweepVersion = version();
        m.status = "complete";
        m.configFile = options.config().toString();
        m.config = sweep.resolvedYaml();
        m.configSha256 = sha256(sweep.resolvedYaml());
        m.kernel = kernel;
        m.codec = sweep.parquet().codec().configName();
        m.started = started;
        m.ended = Instant.now().toString();
        m.totalConfigurations = job.totalConfigs();
        m.shardConfigurations = job.totalConfigs();
        m.configurationsDone = job.totalConfigs();
        m.configsPerPart = job.configsPerSlice();
        m.partsInShard = job.sliceCount();
        m.energyPoints = sweep.plan().energy().size();
        m.spectraStride = sweep.outputs().spectraStride();
        m.units.putAll(Map.of("energy", "eV", "length", "A", "mass", "u", "temperature", "K", "bias", "mV"));
        long bytes = 0;
        for (Map.Entry<String, TableSchema> t : tables.entrySet()) {
            List<Manifest.ColumnInfo> cols = new ArrayList<>();
            t.getValue().columns().forEach(c -> cols.add(new Manifest.ColumnInfo(c.name(), c.type().name(), c.unit(), c.description())));
            m.tables.put(t.getKey(), cols);
            FileStatus[] files = fs.listStatus(new Path(root, t.getKey()), p -> PART.matcher(p.getName()).matches());
            Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
            for (FileStatus f : files) {
                Matcher pm = PART.matcher(f.getPath().getName());
                pm.matches();
                long part = Long.parseLong(pm.group(1));
                boolean perSlice = part < job.sliceCount() && !isDerived(t.getKey());
                long first = perSlice ? job.slices().firstConfig(part) : 0;
                long end = perSlice ? job.slices().endConfig(part) : job.totalConfigs();
                long rows;
                try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
                    rows = reader.getRecordCount();
                }
                m.parts.add(new Manifest.PartEntry(t.getKey(), t.getKey() + "/" + f.getPath().getName(), part, first, end,
                        rows, f.getLen(), null));
                bytes += f.getLen();
            }
        }
        int parallelism = spark.sparkContext().defaultParallelism();
        long configs = job.totalConfigs();
        m.runs.add(new Manifest.RunEntry(started, m.ended, parallelism, configs, wallSeconds, configs / wallSeconds,
                configs * (double) m.energyPoints / wallSeconds, Map.of(),
                Math.ceilDiv(configs, SliceTask.BATCH_SIZE), bytes));
        Path tmp = new Path(root, "." + Manifest.FILE + ".tmp");
        try (OutputStream o = fs.create(tmp, true)) {
            o.write(JSON.writeValueAsBytes(m));
        }
        Path target = new Path(root, Manifest.FILE);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
        return new Written(List.copyOf(tables.keySet()), m.parts.size(), bytes, kernel, m.energyPoints, job.sliceCount());
    }

    private boolean isDerived(String table) {
        return TaskEngine.of(job).tables.derived().stream().anyMatch(d -> d.name().equals(table));
    }

    static String version() {
        String v = SparkSweep.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

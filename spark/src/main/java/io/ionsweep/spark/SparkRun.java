package io.ionsweep.spark;

import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.dataset.UndeterminedWarning;
import io.ionsweep.io.parquet.Column;
import io.ionsweep.io.parquet.TableSchema;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

/**
 * One run on Spark: slices of the config_id range are computed by tasks into one row per configuration
 * (an array of rows per table), cached when several tables are written, and each table is written by
 * Spark's Parquet writer from that row set: in config_id order within and across part files (Spark's
 * part-NNNNN follows the slice), with the local run's schema. Task retries are safe: Spark's commit
 * protocol keeps the files of exactly one successful attempt per slice.
 */
final class SparkRun {
    private static final String ROW = "r";

    private final SparkSession spark;
    private final SparkOptions options;
    private final SweepConfig sweep;
    private final SweepJob job;

    SparkRun(SparkSession spark, SparkOptions options, SweepConfig sweep, SweepJob job) {
        this.spark = spark;
        this.options = options;
        this.sweep = sweep;
        this.job = job;
    }

    /** {@code warning}: {@link UndeterminedWarning#line} over the written summary, or null. */
    record Result(SparkManifestWriter.Written manifest, double wallSeconds, long configurations, String out,
                  String warning) {
        String describe() {
            return String.format(Locale.ROOT, "done: %d configurations x %d energies on Spark (%s kernel, %d partitions)%n"
                            + "  wall %.2f s, %.0f configurations/s%n  wrote %d files, %d bytes (tables: %s); manifest: %s/manifest.json",
                    configurations, manifest.energyPoints(), manifest.kernel(), manifest.partitions(), wallSeconds,
                    configurations / wallSeconds, manifest.files(), manifest.bytes(),
                    String.join(", ", manifest.tables()), out);
        }
    }

    Result run() throws Exception {
        String started = Instant.now().toString();
        long t0 = System.nanoTime();
        // The driver builds the same engine as the tasks: its tables give the schemas.
        TaskEngine engine = TaskEngine.of(job);
        RunTables tables = engine.tables;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CollectionAccumulator<String> kernels = spark.sparkContext().collectionAccumulator("ionsweep.kernels");
        int slices = job.sliceCount();
        List<Integer> sliceIds = IntStream.range(0, slices).boxed().toList();
        JavaRDD<Row> perConfig = jsc.parallelize(sliceIds, slices).mapPartitions(new SliceTask(job, kernels));
        Dataset<Row> wide = spark.createDataFrame(perConfig, wideSchema(tables.perConfiguration()));
        boolean cache = tables.perConfiguration().size() > 1;
        if (cache) {
            wide = wide.persist(StorageLevel.MEMORY_AND_DISK());
        }
        String codec = sweep.parquet().codec().configName();
        long rowGroupBytes = sweep.parquet().rowGroupBytes();
        Map<String, TableSchema> written = new LinkedHashMap<>();
        Map<String, Dataset<Row>> readBack = new LinkedHashMap<>();
        String warning = null;
        try {
            for (ConfigTable t : tables.perConfiguration()) {
                Dataset<Row> rows = flatten(wide.select(functions.explode(functions.col(t.name())).as(ROW)), t.schema());
                write(rows, t.name(), codec, rowGroupBytes);
                written.put(t.name(), t.schema());
                if (!tables.derived().isEmpty()) {
                    readBack.put(t.name(), spark.read().parquet(tableUri(t.name())));
                }
                if (t.name().equals(Tables.SUMMARY)) {
                    warning = undetermined(t.schema());
                }
            }
        } finally {
            if (cache) {
                wide.unpersist();
            }
        }
        for (DerivedTable d : tables.derived()) {
            write(conform(d.derive(spark, readBack), d.schema()), d.name(), codec, rowGroupBytes);
            written.put(d.name(), d.schema());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String kernel = String.join("+", new TreeSet<>(kernels.value()));
        SparkManifestWriter.Written m = new SparkManifestWriter(spark, options, sweep, job).write(written,
                kernel.isEmpty() ? engine.kernel.name() : kernel, started, wall);
        return new Result(m, wall, job.totalConfigs(), options.out(), warning);
    }

    /**
     * The local run's warning, counted from the summary as committed (exactly one attempt's rows per slice:
     * an accumulator in the tasks would count retried attempts twice).
     */
    private String undetermined(TableSchema summary) {
        List<String> names = summary.columns().stream().map(Column::name).toList();
        if (!names.contains(ThermalObservable.MEAN_UNDETERMINED)) {
            return null;
        }
        String above = " > " + ThermalObservable.STATED_ACCURACY;
        Row counts = spark.read().parquet(tableUri(Tables.SUMMARY)).selectExpr(
                "count_if(" + ThermalObservable.MEAN_UNDETERMINED + above + ")",
                "count_if(" + ThermalObservable.CURRENT_UNDETERMINED + above + ")", "count(*)").first();
        return UndeterminedWarning.line(counts.getLong(0), counts.getLong(1), counts.getLong(2));
    }

    /** One column per per-configuration table: the non-null array of that configuration's rows. */
    static StructType wideSchema(List<ConfigTable> tables) {
        List<StructField> fields = new ArrayList<>();
        for (ConfigTable t : tables) {
            fields.add(DataTypes.createStructField(t.name(),
                    DataTypes.createArrayType(SparkSchemas.of(t.schema()), false), false));
        }
        return DataTypes.createStructType(fields);
    }

    /** The exploded struct's fields as top-level columns, with the schema's names, nullability and metadata. */
    private static Dataset<Row> flatten(Dataset<Row> exploded, TableSchema schema) {
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (Column c : schema.columns()) {
            Metadata md = SparkSchemas.metadata(c);
            cols.add(functions.col(ROW + "." + c.name()).as(c.name(), md));
        }
        return exploded.select(cols.toArray(org.apache.spark.sql.Column[]::new));
    }

    /**
     * A derived table in its schema: tables read back from Parquet are all nullable to Spark, so the
     * schema (names, nullability, units) is applied again; Spark checks non-null fields as it writes.
     */
    private Dataset<Row> conform(Dataset<Row> derived, TableSchema schema) {
        return spark.createDataFrame(derived.javaRDD(), SparkSchemas.of(schema));
    }

    private void write(Dataset<Row> rows, String table, String codec, long rowGroupBytes) {
        rows.write().mode(SaveMode.ErrorIfExists)
                .option("compression", codec)
                .option("parquet.block.size", Long.toString(rowGroupBytes))
                .parquet(tableUri(table));
    }

    String tableUri(String table) {
        String out = options.out();
        return (out.endsWith("/") ? out : out + "/") + table;
    }
}

package io.ionsweep.bench;

import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.Codec;
import io.ionsweep.io.parquet.ParquetPartWriter;
import io.ionsweep.io.parquet.RowBuffer;
import io.ionsweep.io.parquet.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parquet rows per second of the sweep's summary table (config_id, species, the multisite
 * parameters and the result columns), one committed part of {@link #ROWS} rows per invocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class ParquetBenchmark {
    static final int ROWS = 200_000;

    @Param({"zstd", "snappy", "none"})
    public String codec;

    private Path dir;
    private TableSchema schema;
    private int part;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("ionsweep-parquet-bench");
        List<String> params = List.of("species", "mass_u", "charge", "mass_factor", "temperature_K", "bias_mV", "sites",
                "barrier_height_eV", "barrier_width_A", "well_depth_eV", "well_width_A");
        List<ResultColumn> results = List.of(new ResultColumn("peak_transmission", "", ""),
                new ResultColumn("energy_at_peak_eV", "eV", ""), new ResultColumn("min_log10_transmission", "", ""),
                new ResultColumn("discretisation_error_estimate", "", ""));
        schema = Tables.summary(params, results);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long summaryPart() throws IOException {
        Path file = dir.resolve("part-" + (part++) + ".parquet");
        try (ParquetPartWriter w = ParquetPartWriter.open(file, schema, Codec.parse(codec), Map.of())) {
            RowBuffer row = w.row();
            for (int i = 0; i < ROWS; i++) {
                row.setLong(0, i).setString(1, "K+").setDouble(2, 39.0977514).setInt(3, 1);
                for (int c = 4; c < schema.size(); c++) {
                    row.setDouble(c, (i % 97) * 0.001 + c);
                }
                w.append();
            }
            long bytes = w.commit().bytes();
            Files.delete(file);
            return bytes;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir);
    }
}

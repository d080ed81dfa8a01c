package io.ionsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark runner in local mode against the local run, both read by DuckDB. One session for the class:
 * {@code local[2,2]} (two cores, a task may fail once and is retried).
 */
class SparkSweepTest {
    private static final Path CONFIG = Path.of("src/test/resources/small-sweep.yaml");
    private static final long CONFIGS = 12;

    private static SparkSession spark;
    private static final AtomicInteger failedTasks = new AtomicInteger();
    @TempDir
    static Path tmp;
    private static Path local;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2,2]").appName("ionsweep-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() != Success$.MODULE$) {
                    failedTasks.incrementAndGet();
                }
            }
        });
        local = tmp.resolve("local");
        // Parts of 5 configurations on 2 threads: cut differently from the Spark slices.
        LocalRun.run(CONFIG, local, "--part-size", "5", "--threads", "2");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private record Outcome(int exit, String stdout, String stderr) {}

    private static Outcome run(SparkOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SparkSweep.run(spark, options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static SparkOptions options(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(CONFIG.toString(), "--out", out.toUri().toString(), "--quiet"));
        args.addAll(List.of(extra));
        return SparkOptions.parse(args);
    }

    /** The tables of the local run, from its manifest: the Spark run must write the same ones. */
    private static List<String> localTables() throws Exception {
        return iterable(new ObjectMapper().readTree(local.resolve("manifest.json").toFile()).get("tables").fieldNames());
    }

    /** Every table: same rows as a multiset (EXCEPT ALL empty both ways), same columns, types and nullability. */
    private static void assertSameDataset(Path spark, Path reference) throws Exception {
        try (DuckDb db = new DuckDb()) {
            List<String> tables = localTables();
            assertEquals(List.of("summary", "spectra", "resonances", "selectivity"), tables);
            for (String t : tables) {
                String a = DuckDb.table(spark, t);
                String b = DuckDb.table(reference, t);
                long rows = db.count("SELECT count(*) FROM " + b);
                assertTrue(rows > 0, t + " has rows");
                assertEquals(rows, db.count("SELECT count(*) FROM " + a), t + " row count");
                assertEquals(0, db.count("SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ")"),
                        t + ": Spark rows missing from the local run");
                assertEquals(0, db.count("SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + ")"),
                        t + ": local rows missing from the Spark run");
                assertEquals(db.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + b + ")"),
                        db.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + a + ")"), t + " columns");
                String physical = "SELECT name, type, repetition_type, converted_type FROM parquet_schema(%s)"
                        + " WHERE num_children IS NULL ORDER BY file_name, name";
                assertEquals(db.rows(physical.formatted(firstFile(reference, t))),
                        db.rows(physical.formatted(firstFile(spark, t))), t + " Parquet types and nullability");
                assertEquals(inFileOrder(db, reference, t), inFileOrder(db, spark, t), t + ": the same rows in the same order");
            }
            // Units travel in the Spark schema stored in the footer.
            String kv = db.rows("SELECT decode(value) FROM parquet_kv_metadata(" + firstFile(spark, "spectra")
                    + ") WHERE decode(key) = 'org.apache.spark.sql.parquet.row.metadata'").get(0).get(0).toString();
            assertTrue(kv.contains("\"name\":\"energy_eV\"") && kv.contains("\"unit\":\"eV\""), kv);
        }
    }

    /** All rows of a table, reading its part files in name order (Spark's and the local run's are cut differently). */
    private static List<List<Object>> inFileOrder(DuckDb db, Path dir, String t) throws Exception {
        return db.rows("SELECT * EXCLUDE (filename, file_row_number) FROM read_parquet('" + dir.resolve(t)
                + "/*.parquet', filename = true, file_row_number = true) ORDER BY filename, file_row_number");
    }

    private static String firstFile(Path dir, String table) throws Exception {
        try (var files = Files.list(dir.resolve(table))) {
            Path f = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
            return "'" + f.toAbsolutePath() + "'";
        }
    }

    @Test
    void sparkRunEqualsTheLocalRunRowForRow() throws Exception {
        Path out = tmp.resolve("spark");
        Outcome o = run(options(out, "--partition-size", "5"));
        assertEquals(0, o.exit(), o.stderr());
        assertSameDataset(out, local);

        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(CONFIGS, m.get("configurations_done").asLong());
        assertEquals(3, m.get("parts_in_shard").asLong(), "12 configurations in slices of 5");
        long summaryRows = 0;
        for (JsonNode p : m.get("parts")) {
            assertTrue(Files.isRegularFile(out.resolve(p.get("file").asText())), p.toString());
            if (p.get("table").asText().equals("summary")) {
                summaryRows += p.get("rows").asLong();
                assertEquals(p.get("end_config_id").asLong() - p.get("first_config_id").asLong(), p.get("rows").asLong());
            }
        }
        assertEquals(CONFIGS, summaryRows);
        assertEquals(localTables(), iterable(m.get("tables").fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    /**
     * The closing report's warning about configurations whose {@code <T>} is not certified, in the local run's
     * words, counted from the summary Spark committed; a run whose configurations are all certified
     * (small-sweep.yaml) prints none.
     */
    @Test
    void anUncertifiedMeanIsReportedInOneLineAsTheLocalRunDoes() throws Exception {
        Path out = tmp.resolve("uncertified");
        Outcome o = run(SparkOptions.parse(List.of("src/test/resources/uncertified-sweep.yaml", "--out",
                out.toUri().toString())));
        assertEquals(0, o.exit(), o.stderr());
        List<String> warnings = o.stderr().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), o.stderr());
        try (DuckDb db = new DuckDb()) {
            String summary = DuckDb.table(out, "summary");
            assertEquals(1, db.count("SELECT count(*) FILTER (WHERE mean_transmission_undetermined > 1e-6) FROM "
                    + summary));
            assertEquals(0, db.count("SELECT count(*) FILTER (WHERE current_quantum_undetermined > 1e-6) FROM "
                    + summary));
        }
        assertTrue(warnings.get(0).startsWith("warning: mean_transmission_undetermined above 1e-06 in 1 of the 2 "
                + "configurations computed in this run (current_quantum_undetermined in 0)"), warnings.get(0));

        Outcome certified = run(SparkOptions.parse(List.of(CONFIG.toString(), "--out",
                tmp.resolve("certified").toUri().toString())));
        assertEquals(0, certified.exit(), certified.stderr());
        assertFalse(certified.stderr().contains("warning:"), certified.stderr());
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndLeavesNoDuplicates() throws Exception {
        Path out = tmp.resolve("retried");
        spark.sparkContext().listenerBus().waitUntilEmpty();
        int before = failedTasks.get();
        Outcome o = run(options(out, "--partition-size", "4").withFailure(new FailureHook(1, 1)));
        assertEquals(0, o.exit(), o.stderr());
        spark.sparkContext().listenerBus().waitUntilEmpty();
        assertTrue(failedTasks.get() > before, "the hook made a task fail");
        assertSameDataset(out, local);
        try (DuckDb db = new DuckDb()) {
            assertEquals(CONFIGS, db.count("SELECT count(DISTINCT config_id) FROM " + DuckDb.table(out, "summary")));
        }
    }

    @Test
    void aJobThatFailsExitsOneWithoutAManifest() {
        Path out = tmp.resolve("failed");
        // local[2,2]: two attempts per task, both fail.
        Outcome o = run(options(out, "--partition-size", "4").withFailure(new FailureHook(2, 2)));
        assertEquals(1, o.exit(), o.stderr());
        assertEquals(1, o.stderr().lines().count(), o.stderr());
        assertTrue(o.stderr().contains("test hook: attempt 1 of slice 2"), o.stderr());
        assertFalse(Files.exists(out.resolve("manifest.json")), "no manifest: the dataset is not complete");
    }

    @Test
    void aBadConfigExitsTwoBeforeSparkWithOneLineAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(CONFIG).replace("barrier_width_A: 0.4", "barrier_width_A: -0.4"));
        Path out = tmp.resolve("bad-out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The spark-submit entry point: validation comes before any SparkSession.
        int exit = SparkSweep.run(new String[] {bad.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("profile.barrier_width_A") && message.contains("allowed:"), message);
        assertFalse(Files.exists(out));
        assertFalse(spark.sparkContext().isStopped(), "the bad config never reached Spark");
    }

    @Test
    void aNonEmptyOutputIsRefusedWithExitTwo() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "x");
        Outcome o = run(options(out));
        assertEquals(2, o.exit(), o.stderr());
        assertTrue(o.stderr().contains("not empty"), o.stderr());
        try (var files = Files.list(out)) {
            assertEquals(1, files.count());
        }
    }
}

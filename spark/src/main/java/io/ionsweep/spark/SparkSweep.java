package io.ionsweep.spark;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.run.PartPlan;
import io.ionsweep.io.config.ConfigException;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.config.SweepEstimate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class io.ionsweep.spark.SparkSweep ionsweep-spark.jar CONFIG --out URI}: runs a
 * sweep on Spark. The driver validates and expands the config exactly as {@code ionsweep run} does
 * (same loader, same config_id order); tasks compute slices of the id range with the same engine; the
 * tables are written by Spark's Parquet writer in the local run's schemas, then {@code manifest.json}.
 *
 * <p>Exit codes as the CLI: 0 done; 2 bad input (one line, nothing written, before Spark starts when the
 * config is bad); 1 a failure while running (the manifest is then not written).
 */
public final class SparkSweep {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_BAD_INPUT = 2;

    private SparkSweep() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Parses, validates, starts (or joins) a SparkSession, runs, stops the session it started. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(SparkOptions.USAGE);
            out.println("Runs the sweep in CONFIG on Spark and writes its tables (Parquet) and manifest.json under URI.");
            return EXIT_OK;
        }
        try {
            SparkOptions options = SparkOptions.parse(Arrays.asList(args));
            Validated v = validate(options);
            SparkConf conf = new SparkConf().setAppName("ionsweep " + v.sweep().name());
            if (options.master() != null) {
                conf.setMaster(options.master());
            } else if (!conf.contains("spark.master")) {
                conf.setMaster("local[*]");
            }
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            try {
                return execute(spark, options, v, out, err);
            } finally {
                spark.stop();
            }
        } catch (RuntimeException e) {
            return fail(e, err);
        }
    }

    /** Runs on an existing session (tests); the session is left running. */
    static int run(SparkSession spark, SparkOptions options, PrintStream out, PrintStream err) {
        try {
            return execute(spark, options, validate(options), out, err);
        } catch (RuntimeException e) {
            return fail(e, err);
        }
    }

    private static int execute(SparkSession spark, SparkOptions options, Validated v, PrintStream out, PrintStream err) {
        try {
            checkOutput(spark, options.out());
            SweepJob job = job(options, v, spark.sparkContext().defaultParallelism());
            SparkRun.Result result = new SparkRun(spark, options, v.sweep(), job).run();
            if (!options.quiet()) {
                out.println(result.describe());
                if (result.warning() != null) {
                    err.println(result.warning());
                }
            }
            return EXIT_OK;
        } catch (RuntimeException e) {
            return fail(e, err);
        } catch (Exception e) { // Spark's job failures are undeclared checked exceptions
            return fail(new RunFailure("the run into " + options.out() + " failed: " + e.getMessage(), e), err);
        }
    }

    private static int fail(RuntimeException e, PrintStream err) {
        boolean bad = e instanceof ConfigException || e instanceof SparkOptions.UsageException || e instanceof BadInput;
        err.println("ionsweep spark: " + oneLine(e));
        if (System.getenv("IONSWEEP_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return bad ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        if (e instanceof RunFailure || !(e instanceof ConfigException || e instanceof SparkOptions.UsageException
                || e instanceof BadInput)) {
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
        }
        String m = firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
        return root == e ? m : m + " (cause: " + firstLine(root.toString()) + ")";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** A problem with the input found before any work (exit 2). */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** A failure while running (exit 1). */
    static final class RunFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    record Validated(SweepConfig sweep, String text, String configDirectory) {}

    /**
     * Loads the config as the local run does, checks the output limit and the kernel, and builds the job
     * the tasks receive. Touches nothing but the config file.
     */
    static Validated validate(SparkOptions options) {
        Path file = options.config();
        SweepConfig sweep = ConfigLoader.load(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file.toString(), "", "the file is not UTF-8 text", "a UTF-8 YAML file");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot read the file: " + e.getMessage(), "a readable YAML file");
        }
        Path dir = file.toAbsolutePath().getParent();
        // The executors load the text, not the file: it must give the same sweep.
        SweepConfig shipped = ConfigLoader.load(text, file.toString(), dir);
        if (!shipped.resolvedYaml().equals(sweep.resolvedYaml())) {
            throw new BadInput(file + ": the file changed while it was read; run again");
        }
        SweepEstimate estimate = SweepEstimate.of(sweep);
        long limit = sweep.limits().maxOutputBytes();
        if (estimate.totalBytes() > limit && !options.force()) {
            throw new BadInput(file + ": the estimated output is " + SweepEstimate.bytes(estimate.totalBytes())
                    + ", over limits.max_output_bytes = " + SweepEstimate.bytes(limit)
                    + "; raise the limit, thin the output (outputs.spectra_stride), or pass --force");
        }
        if (options.kernel().equals("vector") && !KernelProvider.vectorModulePresent()) {
            throw new BadInput("--kernel vector: the driver JVM lacks the Vector API; run java with --add-modules "
                    + "jdk.incubator.vector (spark.driver.extraJavaOptions / spark.executor.extraJavaOptions)");
        }
        return new Validated(sweep, text, dir.toString());
    }

    /**
     * The job the tasks receive. Slices are sized like the local run's parts (about 1M rows of the
     * largest table) and cut at least 4 per core of the cluster, unless --partition-size says otherwise.
     */
    static SweepJob job(SparkOptions options, Validated v, int parallelism) {
        SweepConfig sweep = v.sweep();
        long total = sweep.plan().size();
        long perSlice;
        if (options.partitionSize() != null) {
            perSlice = options.partitionSize();
        } else {
            long rows = sweep.outputs().spectra()
                    ? Math.ceilDiv(sweep.plan().energy().size(), sweep.outputs().spectraStride()) : 1;
            long byRows = PartPlan.forRows(total, rows, 0, 1).configsPerPart();
            long byCores = Math.ceilDiv(total, 4L * Math.max(1, parallelism));
            perSlice = Math.max(1, Math.min(byRows, byCores));
        }
        if (Math.ceilDiv(total, perSlice) > Integer.MAX_VALUE) {
            throw new BadInput("--partition-size: " + perSlice + " gives more than " + Integer.MAX_VALUE
                    + " partitions; allowed: at least " + Math.ceilDiv(total, Integer.MAX_VALUE));
        }
        return new SweepJob(v.text(), options.config().toString(), v.configDirectory(), options.kernel(), total,
                perSlice, sweep.resolvedYaml(), options.failure());
    }

    /** Refuses an output that exists and is not an empty directory, as the local run does. */
    private static void checkOutput(SparkSession spark, String uri) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(path) && (!fs.getFileStatus(path).isDirectory() || fs.listStatus(path).length > 0)) {
            throw new BadInput(String.format(Locale.ROOT, "--out: %s exists and is not empty; allowed: a new or empty directory", uri));
        }
    }
}

package io.ionsweep.cli;

import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.run.PartPlan;
import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.engine.run.RunStats;
import io.ionsweep.engine.run.SummaryObservable;
import io.ionsweep.engine.run.SweepRunner;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.config.SweepEstimate;
import io.ionsweep.io.dataset.DatasetDirectory;
import io.ionsweep.io.dataset.DatasetWriter;
import io.ionsweep.io.dataset.Manifest;
import io.ionsweep.io.dataset.SelectivityWriter;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.WriterOptions;
import io.ionsweep.io.parquet.TableSchema;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep run CONFIG --out DIR}: the whole sweep into a Parquet dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the sweep in CONFIG and stream the results into a Parquet dataset in DIR.")
final class RunCommand implements Callable<Integer> {
    /** Most configurations per batch: small enough to balance threads, large enough to amortise scheduling. */
    static final int BATCH_SIZE = 64;
    /** Batches per thread a small sweep is at least cut into, so that every thread gets work. */
    static final int MIN_BATCHES_PER_THREAD = 4;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML sweep config")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output dataset directory (new or empty, or with --resume)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "continue an interrupted run in DIR: finished parts are kept, the rest is redone")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only the parts p with p %% N == I (job arrays)")
    String shard;

    @Option(names = "--quiet", description = "no progress and no report")
    boolean quiet;

    @Option(names = "--dry-run", description = "print the size of the sweep and of its output, then exit")
    boolean dryRun;

    @Option(names = "--force", description = "run even when the estimated output exceeds limits.max_output_bytes")
    boolean force;

    @Option(names = "--part-size", paramLabel = "N",
            description = "configurations per output part (default: automatic, about 1M rows per part); the unit of resumption")
    Long partSize;

    @Mixin
    KernelOption kernelOption;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ShardOption sh = ShardOption.parse(shard);
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new BadInputException("--threads: " + nThreads + " is not allowed; allowed: an integer >= 1");
        }
        SweepConfig sweep = ConfigLoader.load(config);
        SweepPlan plan = sweep.plan();
        SweepEstimate estimate = SweepEstimate.of(sweep);
        if (dryRun) {
            stdout.println(estimate.describe());
            return Main.EXIT_OK;
        }
        long limit = sweep.limits().maxOutputBytes();
        if (estimate.totalBytes() > limit && !force) {
            throw new BadInputException(config + ": the estimated output is " + SweepEstimate.bytes(estimate.totalBytes())
                    + ", over limits.max_output_bytes = " + SweepEstimate.bytes(limit)
                    + "; raise the limit, thin the output (outputs.spectra_stride), or pass --force");
        }
        TransmissionKernel kernel = kernelOption.kernel();
        boolean spectra = sweep.outputs().spectra();
        int stride = sweep.outputs().spectraStride();
        List<SummaryObservable> observables = sweep.summaryObservables();
        boolean resonancesOn = sweep.outputs().resonances();
        boolean summaryOn = sweep.outputs().summary();
        // Selectivity pairs lie in different parts: only a run that holds every part can derive it.
        boolean selectivityOn = sweep.outputs().selectivity() && sh.count() == 1 && plan instanceof CartesianSweep;
        SweepRunner runner = new SweepRunner(plan, kernel, observables,
                new SweepRunner.Settings(nThreads, batchSize(plan.size(), nThreads), spectra, stride, resonancesOn));
        int spectrumPoints = runner.spectrumIndex().length;
        if (partSize != null && partSize < 1) {
            throw new BadInputException("--part-size: " + partSize + " is not allowed; allowed: an integer >= 1");
        }
        // The largest table per configuration: spectra, or the resonances (their estimated mean count).
        long rowsPerConfig = Math.max(spectra ? spectrumPoints : 1,
                (estimate.resonanceRows() + plan.size() - 1) / plan.size());
        PartPlan parts = partSize != null ? new PartPlan(plan.size(), partSize, sh.index(), sh.count())
                : PartPlan.forRows(plan.size(), rowsPerConfig, sh.index(), sh.count());
        List<ResultColumn> results = runner.columns();
        TableSchema summarySchema = Tables.summary(plan.parameterColumns(), results);
        List<String> tables = new ArrayList<>();
        if (summaryOn) {
            tables.add(Tables.SUMMARY);
        }
        if (spectra) {
            tables.add(Tables.SPECTRA);
        }
        if (resonancesOn) {
            tables.add(Tables.RESONANCES);
        }

        Manifest fresh = freshManifest(sweep, kernel, parts, summaryOn ? summarySchema : null, spectra, stride,
                resonancesOn, selectivityOn);
        Manifest manifest = DatasetDirectory.prepare(out, resume, fresh, tables);
        Set<Long> finished = DatasetDirectory.finishedParts(manifest);
        if (!quiet && sweep.outputs().selectivity() && !selectivityOn) {
            stderr.println("note: a shard writes no selectivity table (its partners lie in other shards); "
                    + "README \"Datasets\" gives the DuckDB query over the shards' summaries");
        }
        if (!quiet && !finished.isEmpty()) {
            stderr.printf(Locale.ROOT, "resuming: %d of %d parts already done%n", finished.size(), manifest.partsInShard);
        }
        double[] energies = plan.energy().energiesEv();
        double[] spectrumEnergies = null;
        if (spectra) {
            spectrumEnergies = new double[spectrumPoints];
            int[] idx = runner.spectrumIndex();
            for (int k = 0; k < idx.length; k++) {
                spectrumEnergies[k] = energies[idx[k]];
            }
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ionsweep.version", Version.get());
        metadata.put("ionsweep.config", sweep.resolvedYaml());
        metadata.put("ionsweep.unit_system", "energy eV, length A, mass u, temperature K, bias mV");
        String started = Instant.now().toString();
        RunStats stats;
        long bytes;
        UndeterminedTally tally;
        WriterOptions writerOptions = WriterOptions.defaults().withRowGroupBytes(sweep.parquet().rowGroupBytes());
        try (DatasetWriter writer = new DatasetWriter(out, manifest, parts, summaryOn ? summarySchema : null,
                plan.parameterColumns(), spectrumEnergies, resonancesOn, sweep.parquet().codec(), writerOptions, metadata)) {
            tally = new UndeterminedTally(writer, results);
            stats = runner.run(parts, p -> !finished.contains(p), tally, new Progress(stderr, quiet));
            bytes = writer.bytesWritten();
        }
        boolean derivedDone = true;
        if (selectivityOn) {
            SelectivityWriter selectivity = new SelectivityWriter(out, manifest, ((CartesianSweep) plan).space().species(),
                    plan.size(), parts.configsPerPart(), sweep.parquet().codec(), writerOptions, metadata);
            if (manifest.configurationsDone == manifest.shardConfigurations) {
                selectivity.writeMissing();
                bytes += selectivity.bytesWritten();
            }
            derivedDone = manifest.parts.stream().filter(p -> p.table().equals(Tables.SELECTIVITY)).count()
                    == selectivity.partCount();
        }
        manifest.runs.add(new Manifest.RunEntry(started, Instant.now().toString(), nThreads, stats.configurations(),
                stats.wallSeconds(), stats.configurationsPerSecond(), stats.evaluationsPerSecond(),
                latencies(stats), stats.batches(), bytes));
        manifest.status = manifest.configurationsDone == manifest.shardConfigurations && derivedDone
                ? "complete" : "incomplete";
        manifest.ended = Instant.now().toString();
        manifest.write(out);
        if (!quiet) {
            report(stdout, manifest, stats, bytes, kernel, nThreads);
            if (tally.warning() != null) {
                stderr.println(tally.warning());
                stderr.flush();
            }
        }
        return Main.EXIT_OK;
    }

    static int batchSize(long configurations, int threads) {
        long perBatch = configurations / ((long) threads * MIN_BATCHES_PER_THREAD);
        return (int) Math.max(1, Math.min(BATCH_SIZE, perBatch));
    }

    private Manifest freshManifest(SweepConfig sweep, TransmissionKernel kernel, PartPlan parts,
                                   TableSchema summarySchema, boolean spectra, int stride, boolean resonances,
                                   boolean selectivity) throws Exception {
        Manifest m = new Manifest();
        m.ionsweepVersion = Version.get();
        m.configFile = config.toString();
        m.config = sweep.resolvedYaml();
        m.configSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(sweep.resolvedYaml().getBytes(StandardCharsets.UTF_8)));
        m.kernel = kernel.name();
        m.codec = sweep.parquet().codec().configName();
        m.started = Instant.now().toString();
        m.shardIndex = parts.shardIndex();
        m.shardCount = parts.shardCount();
        m.totalConfigurations = parts.totalConfigs();
        m.shardConfigurations = parts.configsInShard();
        m.configsPerPart = parts.configsPerPart();
        m.partsInShard = (parts.partCount() - parts.shardIndex() + parts.shardCount() - 1) / parts.shardCount();
        m.energyPoints = sweep.plan().energy().size();
        m.spectraStride = stride;
        m.units.putAll(Map.of("energy", "eV", "length", "A", "mass", "u", "temperature", "K", "bias", "mV"));
        if (summarySchema != null) {
            m.tables.put(Tables.SUMMARY, columns(summarySchema));
        }
        if (spectra) {
            m.tables.put(Tables.SPECTRA, columns(Tables.spectra()));
        }
        if (resonances) {
            m.tables.put(Tables.RESONANCES, columns(Tables.resonances()));
        }
        if (selectivity) {
            m.tables.put(Tables.SELECTIVITY, columns(Tables.selectivity()));
        }
        return m;
    }

    private static List<Manifest.ColumnInfo> columns(TableSchema schema) {
        List<Manifest.ColumnInfo> list = new ArrayList<>();
        schema.columns().forEach(c -> list.add(new Manifest.ColumnInfo(c.name(), c.type().name(), c.unit(), c.description())));
        return list;
    }

    private static Map<String, Double> latencies(RunStats s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", s.batchLatencyP50Ms());
        m.put("p90", s.batchLatencyP90Ms());
        m.put("p99", s.batchLatencyP99Ms());
        m.put("max", s.batchLatencyMaxMs());
        return m;
    }

    private void report(PrintWriter w, Manifest m, RunStats s, long bytes, TransmissionKernel kernel, int nThreads) {
        w.printf(Locale.ROOT, "%s: %d configurations x %d energies (%s kernel, %d threads)%n",
                m.status.equals("complete") ? "done" : "stopped", s.configurations(), m.energyPoints, kernel.name(), nThreads);
        w.printf(Locale.ROOT, "  %d of %d configurations of shard %d/%d are in %s%n", m.configurationsDone,
                m.shardConfigurations, m.shardIndex, m.shardCount, out.toAbsolutePath());
        w.printf(Locale.ROOT, "  wall %.2f s, %.0f configurations/s, %.3g transmission evaluations/s%n",
                s.wallSeconds(), s.configurationsPerSecond(), s.evaluationsPerSecond());
        w.printf(Locale.ROOT, "  batch latency (%d batches of <= %d): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                s.batches(), BATCH_SIZE, s.batchLatencyP50Ms(), s.batchLatencyP90Ms(), s.batchLatencyP99Ms(), s.batchLatencyMaxMs());
        w.printf(Locale.ROOT, "  wrote %s in this run; dataset %s in %d files (tables: %s); manifest: %s%n",
                SweepEstimate.bytes(bytes), SweepEstimate.bytes(m.totalBytes()), m.parts.size(),
                String.join(", ", m.tables.keySet()), out.resolve(Manifest.FILE));
        w.flush();
    }
}

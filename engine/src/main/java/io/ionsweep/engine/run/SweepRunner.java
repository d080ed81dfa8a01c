package io.ionsweep.engine.run;

import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.SweepPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Runs a sweep: batches of consecutive configurations are computed on a fork-join pool, and their
 * results are handed to a {@link PartSink} in config id order by the calling thread. At most
 * {@code window} batches are in flight, so memory stays bounded whatever the sweep size, and the
 * output does not depend on the number of threads.
 */
public final class SweepRunner {

    /**
     * @param threads       worker threads (>= 1)
     * @param batchSize     configurations per batch (>= 1)
     * @param spectra       keep each configuration's log10 T for the spectra table
     * @param spectraStride keep every n-th grid energy (>= 1)
     * @param resonances    collect each configuration's resonances (from the observables that give them)
     */
    public record Settings(int threads, int batchSize, boolean spectra, int spectraStride, boolean resonances) {
        public Settings {
            if (threads < 1 || batchSize < 1 || spectraStride < 1) {
                throw new IllegalArgumentException("threads, batch size and spectra stride must be >= 1");
            }
        }

        /** Without resonances. */
        public Settings(int threads, int batchSize, boolean spectra, int spectraStride) {
            this(threads, batchSize, spectra, spectraStride, false);
        }
    }

    private static final long HISTOGRAM_MAX_NANOS = TimeUnit.HOURS.toNanos(1);
    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MS = 1e6;

    private final SweepPlan plan;
    private final TransmissionKernel kernel;
    private final List<SummaryObservable> observables;
    private final Settings settings;
    private final int summaryColumns;
    private final double[] energies;
    private final int[] spectrumIndex;
    /** Batch latencies of {@link #computeRange} calls (thread-safe: tasks may share a runner). */
    private final Histogram rangeLatency = new ConcurrentHistogram(HISTOGRAM_MAX_NANOS, SIGNIFICANT_DIGITS);

    public SweepRunner(SweepPlan plan, TransmissionKernel kernel, List<SummaryObservable> observables, Settings settings) {
        this.plan = plan;
        this.kernel = kernel;
        this.observables = List.copyOf(observables);
        this.settings = settings;
        this.summaryColumns = observables.stream().mapToInt(o -> o.columns().size()).sum();
        EnergyGrid grid = plan.energy();
        this.energies = grid.energiesEv();
        this.spectrumIndex = stridedIndex(energies.length, settings.spectraStride());
    }

    /** Indices of the grid energies kept in the spectra table: 0, stride, 2 stride, ... */
    public static int[] stridedIndex(int points, int stride) {
        int[] idx = new int[(points + stride - 1) / stride];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i * stride;
        }
        return idx;
    }

    /** The result columns, in the order of {@link BatchResult#summary(int, int)}. */
    public List<ResultColumn> columns() {
        List<ResultColumn> cols = new ArrayList<>();
        observables.forEach(o -> cols.addAll(o.columns()));
        return cols;
    }

    /** Grid indices of the spectra table's energies. */
    public int[] spectrumIndex() {
        return spectrumIndex.clone();
    }

    /**
     * Computes every part of {@code parts} in this shard for which {@code todo} is true and hands
     * the results to {@code sink}. The first failure stops the run and is rethrown.
     */
    public RunStats run(PartPlan parts, LongPredicate todo, PartSink sink, ProgressListener progress) throws Exception {
        List<long[]> batches = new ArrayList<>(); // {part, first, end}
        long total = 0;
        for (long p = parts.shardIndex(); p < parts.partCount(); p += parts.shardCount()) {
            if (!todo.test(p)) {
                continue;
            }
            for (long first = parts.firstConfig(p); first < parts.endConfig(p); first += settings.batchSize()) {
                batches.add(new long[] {p, first, Math.min(parts.endConfig(p), first + settings.batchSize())});
            }
            total += parts.endConfig(p) - parts.firstConfig(p);
        }
        Histogram latency = new ConcurrentHistogram(HISTOGRAM_MAX_NANOS, SIGNIFICANT_DIGITS);
        int window = 4 * settings.threads() + 2;
        long start = System.nanoTime();
        long done = 0;
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            progress.progress(0, total);
            for (int i = 0; i < batches.size(); i++) {
                while (next < batches.size() && inFlight.size() < window) {
                    long[] b = batches.get(next++);
                    inFlight.add(pool.submit(() -> compute(b[0], b[1], b[2], latency)));
                }
                BatchResult r = await(inFlight.poll());
                sink.accept(r);
                done += r.size();
                long[] b = batches.get(i);
                if (i + 1 == batches.size() || batches.get(i + 1)[0] != b[0]) {
                    sink.partComplete(b[0]);
                }
                progress.progress(done, total);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new RunStats(done, done * energies.length, wall,
                latency.getValueAtPercentile(50) / NANOS_PER_MS, latency.getValueAtPercentile(90) / NANOS_PER_MS,
                latency.getValueAtPercentile(99) / NANOS_PER_MS, latency.getMaxValue() / NANOS_PER_MS,
                latency.getTotalCount());
    }

    private static BatchResult await(Future<BatchResult> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /**
     * Computes configurations [first, end) on the calling thread, for callers that schedule the work
     * themselves (a Spark task computes its slice this way). The result's part is -1.
     */
    public BatchResult computeRange(long first, long end) {
        plan.checkId(first);
        plan.checkId(end - 1);
        return compute(-1, first, end, rangeLatency);
    }

    /** Computes configurations [first, end) of a part. */
    BatchResult compute(long part, long first, long end, Histogram latency) {
        long t0 = System.nanoTime();
        int count = (int) (end - first);
        int n = energies.length;
        Configuration[] configs = new Configuration[count];
        double[] summary = new double[count * summaryColumns];
        double[] spectra = settings.spectra() ? new double[count * spectrumIndex.length] : null;
        double[] log10T = new double[n];
        List<List<Resonance>> resonances = settings.resonances() ? new ArrayList<>(count) : null;
        for (int r = 0; r < count; r++) {
            Configuration c = plan.configuration(first + r);
            configs[r] = c;
            Spectrum s = evaluate(c, log10T);
            int offset = r * summaryColumns;
            List<List<Resonance>> rows = resonances;
            ResonanceSink sink = rows == null ? null : rows::add;
            for (SummaryObservable o : observables) {
                o.compute(c, s, summary, offset, sink);
                offset += o.columns().size();
            }
            if (rows != null && rows.size() != r + 1) {
                throw new IllegalStateException("configuration " + c.configId() + ": " + (rows.size() - r)
                        + " resonance lists (exactly one observable must give resonances)");
            }
            if (spectra != null) {
                for (int k = 0; k < spectrumIndex.length; k++) {
                    spectra[r * spectrumIndex.length + k] = log10T[spectrumIndex[k]];
                }
            }
        }
        latency.recordValue(Math.min(HISTOGRAM_MAX_NANOS, System.nanoTime() - t0));
        return new BatchResult(part, first, configs, summary, summaryColumns, spectra, spectrumIndex.length, resonances);
    }

    /** One configuration's spectrum on the sweep grid, into {@code log10T}. */
    public Spectrum evaluate(Configuration c, double[] log10T) {
        double err = c.profile().log10Transmission(kernel, c.massU(), c.biasDropEv(), energies, log10T, energies.length);
        return new Spectrum(energies, log10T, energies.length, err);
    }
}

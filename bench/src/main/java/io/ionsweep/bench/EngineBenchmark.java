package io.ionsweep.bench;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.run.PartPlan;
import io.ionsweep.engine.run.PartSink;
import io.ionsweep.engine.run.ProgressListener;
import io.ionsweep.engine.run.SpectrumSummary;
import io.ionsweep.engine.run.SweepRunner;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * End-to-end sweep throughput in configurations per second on {@link EngineWorkload}: the sweep
 * runner (fork-join batches, ordered hand-off, summary observables) at 1 and 2 threads, against the
 * bare vector kernel looping over the same configurations on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx1g"})
public class EngineBenchmark {
    static final int CONFIGURATIONS = 4096;
    static final int BATCH = 64;

    @Param({"1", "2"})
    public int threads;

    private SweepPlan plan;
    private TransmissionKernel kernel;
    private SweepRunner runner;
    private PartPlan parts;
    private double[] energies;
    private double[] log10T;

    @Setup
    public void setUp() {
        plan = EngineWorkload.plan();
        kernel = KernelProvider.get();
        runner = new SweepRunner(plan, kernel, List.of(new SpectrumSummary()),
                new SweepRunner.Settings(threads, BATCH, false, 1));
        parts = new PartPlan(plan.size(), PartPlan.MAX_CONFIGS_PER_PART, 0, 1);
        energies = plan.energy().energiesEv();
        log10T = new double[energies.length];
    }

    /** The sweep engine; the sink consumes each batch's summary. */
    @Benchmark
    @OperationsPerInvocation(CONFIGURATIONS)
    public void engine(Blackhole bh) throws Exception {
        runner.run(parts, p -> true, new PartSink() {
            @Override
            public void accept(BatchResult batch) {
                bh.consume(batch.summary());
            }

            @Override
            public void partComplete(long part) {
                bh.consume(part);
            }
        }, ProgressListener.NONE);
    }

    /** The same configurations through the bare kernel on the calling thread (threads is ignored). */
    @Benchmark
    @OperationsPerInvocation(CONFIGURATIONS)
    public void bareKernel(Blackhole bh) {
        for (long id = 0; id < CONFIGURATIONS; id++) {
            Configuration c = plan.configuration(id);
            kernel.log10Transmission(c.staircase(), c.massU(), energies, log10T, energies.length);
            bh.consume(log10T[0]);
        }
    }
}

package io.ionsweep.bench;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.run.DiscretisationErrorObservable;
import io.ionsweep.engine.run.PartPlan;
import io.ionsweep.engine.run.PartSink;
import io.ionsweep.engine.run.ProgressListener;
import io.ionsweep.engine.run.SpectrumSummary;
import io.ionsweep.engine.run.SweepRunner;
import io.ionsweep.engine.run.ThermalObservable;
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
 * Configurations per second on one thread with every observable on ({@link ObservablesWorkload}): the
 * sweep runner as {@code ionsweep run} drives it with {@code outputs.conductance}, so each
 * configuration costs its 1024-point grid spectrum, the spectrum summaries and the thermal observables
 * (resonances, <T>, conductances and, at bias, the current); with {@code resonances=false} as
 * {@code outputs.resonances: false} runs it (no search, the integrals guided by approximate poles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx1g"})
public class ObservablesBenchmark {
    static final int BATCH = 16;

    @Param({"0", "50"})
    public double biasMv;

    /** Whether the resonances are searched for (outputs.resonances); false: guided integrals only. */
    @Param({"true", "false"})
    public boolean resonances;

    private SweepRunner runner;
    private PartPlan parts;

    @Setup
    public void setUp() {
        SweepPlan plan = ObservablesWorkload.plan(biasMv);
        runner = new SweepRunner(plan, KernelProvider.get(),
                List.of(new SpectrumSummary(), new DiscretisationErrorObservable(),
                        new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, true, resonances)),
                new SweepRunner.Settings(1, BATCH, false, 1));
        parts = new PartPlan(plan.size(), PartPlan.MAX_CONFIGS_PER_PART, 0, 1);
    }

    @Benchmark
    @OperationsPerInvocation(ObservablesWorkload.CONFIGURATIONS)
    public void observables(Blackhole bh) throws Exception {
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
}

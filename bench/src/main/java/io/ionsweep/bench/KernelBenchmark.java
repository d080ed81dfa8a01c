package io.ionsweep.bench;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
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
 * Kernel speed on the {@link StandardWorkload}. One invocation evaluates every energy of the grid
 * across every layer, so with {@code @OperationsPerInvocation(LAYERS * ENERGIES)} the score
 * (ops/s) is <b>layer-energy evaluations per second</b> on one thread. The speed targets:
 * vector >= 1e8 ops/s per core and >= 4x scalar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelBenchmark {

    @Param({"scalar", "vector"})
    public String kernel;

    private TransmissionKernel transmissionKernel;
    private Staircase profile;
    private double massU;
    private double[] energyEv;
    private double[] log10T;

    @Setup
    public void setUp() {
        transmissionKernel = KernelProvider.select(KernelChoice.parse(kernel));
        Workload w = StandardWorkload.create();
        profile = w.profile();
        massU = w.species().massU();
        energyEv = w.energyEv();
        log10T = new double[energyEv.length];
    }

    @Benchmark
    @OperationsPerInvocation(StandardWorkload.LAYERS * StandardWorkload.ENERGIES)
    public void standardWorkload(Blackhole blackhole) {
        transmissionKernel.log10Transmission(profile, massU, energyEv, log10T, energyEv.length);
        blackhole.consume(log10T);
    }
}

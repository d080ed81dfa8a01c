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
 * Kernel speed as the profile gets longer and more opaque. The standard recipe with {@code layers}
 * layers and potentials up to {@code barrierScale} x 0.2 eV: scale 0.25 leaves most slices
 * classically allowed (cos/sin), 1 mixes them (both branches and a blend), 4 makes most forbidden
 * (expm1). The grid has {@link #EVALUATIONS} / layers energies, so every invocation is
 * {@link #EVALUATIONS} layer-energy evaluations whatever the parameters, and the score (ops/s) is
 * layer-energy evaluations per second, comparable with {@link KernelBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ScalingBenchmark {
    /** Layer-energy evaluations per invocation; divisible by every layer count below. */
    static final int EVALUATIONS = 40 * StandardWorkload.ENERGIES;

    @Param({"scalar", "vector"})
    public String kernel;

    @Param({"10", "40"})
    public int layers;

    @Param({"0.25", "1", "4"})
    public double barrierScale;

    private TransmissionKernel transmissionKernel;
    private Staircase profile;
    private double massU;
    private double[] energyEv;
    private double[] log10T;

    @Setup
    public void setUp() {
        if (EVALUATIONS % layers != 0) {
            throw new IllegalArgumentException("layers must divide " + EVALUATIONS + ", got " + layers);
        }
        transmissionKernel = KernelProvider.select(KernelChoice.parse(kernel));
        Workload w = StandardWorkload.create(layers, EVALUATIONS / layers, barrierScale);
        profile = w.profile();
        massU = w.species().massU();
        energyEv = w.energyEv();
        log10T = new double[energyEv.length];
    }

    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public void scaledWorkload(Blackhole blackhole) {
        transmissionKernel.log10Transmission(profile, massU, energyEv, log10T, energyEv.length);
        blackhole.consume(log10T);
    }
}

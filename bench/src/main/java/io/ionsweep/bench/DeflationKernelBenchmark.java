package io.ionsweep.bench;

import io.ionsweep.engine.kernel.DeflationKernel;
import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.observables.ResonanceFinder;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
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
 * The deflation kernel of the pole search's contour: every known pole of the {@link ObservablesWorkload}'s
 * k-four-site filter (0 mV, its whole search window) divided out of a sample, at energies below the real
 * axis across the window, as the contour's bottom edge and counting lines sample. One operation is one
 * sample (a call over every pole), so the score is samples per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DeflationKernelBenchmark {
    static final int ENERGIES = 64;
    /** Im E of the samples: the contour's depth is of the order of the window, its samples well below the poles. */
    static final double IMAGINARY_EV = -0.01;

    @Param({"scalar", "vector"})
    public String kernel;

    DeflationKernel deflation;
    double[] zRe;
    double[] zIm;
    double[] energyEv;
    double[] out;

    @Setup
    public void setUp() {
        deflation = KernelProvider.selectDeflation(KernelChoice.parse(kernel));
        Configuration c = ObservablesWorkload.kFourSite(0);
        Staircase s = c.staircase();
        double e0 = Math.max(s.leadLeftEv(), s.leadRightEv());
        double top = SliceKernelBenchmark.TOP_EV;
        List<Resonance> poles = ResonanceFinder.find(s, c.massU(), e0, top);
        zRe = poles.stream().mapToDouble(Resonance::energyEv).toArray();
        zIm = poles.stream().mapToDouble(r -> -0.5 * r.widthEv()).toArray();
        energyEv = new double[ENERGIES];
        for (int i = 0; i < ENERGIES; i++) {
            energyEv[i] = e0 + (top - e0) * (i + 0.5) / ENERGIES;
        }
        out = deflation.newBuffer();
    }

    @Benchmark
    @OperationsPerInvocation(ENERGIES)
    public void divideOut(Blackhole bh) {
        for (double e : energyEv) {
            deflation.divideOut(e, IMAGINARY_EV, zRe, zIm, zRe.length, out);
            bh.consume(out);
        }
    }
}

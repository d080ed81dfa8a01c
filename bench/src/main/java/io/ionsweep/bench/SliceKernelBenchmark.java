package io.ionsweep.bench;

import io.ionsweep.engine.kernel.ComplexSliceKernel;
import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.StiffnessKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
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
 * The biased profile's per-slice kernels of the pole search, on the {@link ObservablesWorkload}'s
 * k-four-site filter at 50 mV (144 slices, all distinct): one operation is one call over every slice
 * at one energy, so the score is calls per second on one thread; the complex kernel at energies just
 * below the real axis across the resonance window (as the guide's Newton iterations sample), the
 * stiffness kernel at real energies (as the Dirichlet counts do), and the whole Dirichlet count at a
 * batch of real energies (as the seeds' bisection asks for them), scored per energy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SliceKernelBenchmark {
    static final int ENERGIES = 64;
    static final double BIAS_MV = 50;
    /** The energies span E0 to this, about the resonance window's top for the k-four-site filter. */
    static final double TOP_EV = 0.4;
    /** Im E of the complex samples. */
    static final double IMAGINARY_EV = -1e-6;

    @Param({"scalar", "vector"})
    public String kernel;

    ComplexSliceKernel complex;
    StiffnessKernel stiffness;
    double[] potentialEv;
    double[] widthA;
    double factor;
    double[] energyEv;
    double[] complexOut;
    double[] stiffnessOut;
    int[] pairOf;
    int[] counts;
    double[] countScratch;

    @Setup
    public void setUp() {
        KernelChoice choice = KernelChoice.parse(kernel);
        complex = KernelProvider.selectComplexSlices(choice);
        stiffness = KernelProvider.selectStiffness(choice);
        Configuration c = ObservablesWorkload.kFourSite(BIAS_MV);
        Staircase s = c.staircase();
        int n = s.sliceCount();
        potentialEv = new double[n];
        widthA = new double[n];
        for (int j = 0; j < n; j++) {
            potentialEv[j] = s.potentialEv(j);
            widthA[j] = s.widthA(j);
        }
        factor = PhysicalConstants.waveNumberFactor(c.massU());
        double e0 = Math.max(s.leadLeftEv(), s.leadRightEv());
        energyEv = new double[ENERGIES];
        for (int i = 0; i < ENERGIES; i++) {
            energyEv[i] = e0 + (TOP_EV - e0) * (i + 0.5) / ENERGIES;
        }
        complexOut = new double[ComplexSliceKernel.FIELDS * n];
        stiffnessOut = new double[StiffnessKernel.ROWS * n];
        // every slice its own pair, as the count sees a biased profile
        pairOf = java.util.stream.IntStream.range(0, n).toArray();
        counts = new int[ENERGIES];
        countScratch = new double[stiffness.countScratch(n)];
    }

    @Benchmark
    @OperationsPerInvocation(ENERGIES)
    public void complexCoefficients(Blackhole bh) {
        for (double e : energyEv) {
            complex.coefficients(potentialEv, widthA, potentialEv.length, factor, e, IMAGINARY_EV, complexOut);
            bh.consume(complexOut);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ENERGIES)
    public void stiffnessTerms(Blackhole bh) {
        for (double e : energyEv) {
            stiffness.stiffness(potentialEv, widthA, potentialEv.length, factor, e, stiffnessOut);
            bh.consume(stiffnessOut);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ENERGIES)
    public void dirichletCounts(Blackhole bh) {
        bh.consume(countAll());
    }

    /** The counts at every energy of the state. */
    int[] countAll() {
        int n = potentialEv.length;
        stiffness.counts(potentialEv, widthA, n, pairOf, n, factor, energyEv, ENERGIES, counts, countScratch);
        return counts;
    }
}

package io.ionsweep.bench;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Kernel throughput per CPU-second of the measuring thread, on the {@link StandardWorkload}: a
 * complement to {@link KernelBenchmark} for a shared machine. JMH divides by wall-clock time, so when
 * other processes hold the cores its score drops with the share of a core the benchmark got; the
 * thread's own CPU time does not count the time it waited. On a machine without SMT this estimates
 * the speed of one core (cache and frequency effects of the neighbours remain).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.ionsweep.bench.CpuTimeThroughput [seconds per round, default 2] [rounds, default 5]}. Prints,
 * for each kernel, layer-energy evaluations per CPU-second and per wall-second of each round after
 * a warm-up of the same length, then the median and the vector/scalar ratio of the medians.
 */
public final class CpuTimeThroughput {
    private CpuTimeThroughput() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!(seconds > 0) || rounds < 1) {
            throw new IllegalArgumentException("usage: CpuTimeThroughput [seconds > 0] [rounds >= 1]");
        }
        Workload w = StandardWorkload.create();
        double scalar = median(measure("scalar", w, seconds, rounds));
        if (!KernelProvider.vectorModulePresent()) {
            System.out.println("vector kernel unavailable: run java with --add-modules jdk.incubator.vector");
            return;
        }
        double vector = median(measure("vector", w, seconds, rounds));
        System.out.printf(Locale.ROOT, "median per CPU-second: scalar %.3e, vector %.3e, ratio %.2f%n",
                scalar, vector, vector / scalar);
    }

    private static double[] measure(String name, Workload w, double seconds, int rounds) {
        TransmissionKernel kernel = KernelProvider.select(KernelChoice.parse(name));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] energyEv = w.energyEv();
        double[] log10T = new double[energyEv.length];
        double massU = w.species().massU();
        long budget = (long) (seconds * 1e9);
        double[] perCpuSecond = new double[rounds];
        double sink = 0;
        for (int round = -1; round < rounds; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long calls = 0;
            while (System.nanoTime() - wall0 < budget) {
                kernel.log10Transmission(w.profile(), massU, energyEv, log10T, energyEv.length);
                sink += log10T[(int) (calls++ % log10T.length)];
            }
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) * 1e-9;
            double wall = (System.nanoTime() - wall0) * 1e-9;
            double evaluations = (double) calls * w.evaluations();
            if (round >= 0) {
                perCpuSecond[round] = evaluations / cpu;
                System.out.printf(Locale.ROOT, "%-6s round %d: %.3e evaluations per CPU-second, %.3e per wall-second%n",
                        name, round + 1, evaluations / cpu, evaluations / wall);
            }
        }
        if (!Double.isFinite(sink)) {
            System.out.println("(non-finite output)");
        }
        return perCpuSecond;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}

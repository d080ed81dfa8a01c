package io.ionsweep.bench;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link ObservablesBenchmark}'s workload per CPU-second of the measuring thread (see
 * {@link CpuTimeThroughput} for why, on a shared machine): the grid spectrum plus the thermal
 * observables of each configuration, timed apart, and the bytes the thread allocated per configuration.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.ionsweep.bench.ObservablesCpuTime [bias mV, default 0] [rounds, default 5] [resonances, default
 * true]}; the first round is warm-up; {@code false} skips the resonance search as {@code outputs.resonances:
 * false} does.
 */
public final class ObservablesCpuTime {
    private ObservablesCpuTime() {}

    public static void main(String[] args) {
        double biasMv = args.length > 0 ? Double.parseDouble(args[0]) : 0;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean resonances = args.length <= 2 || Boolean.parseBoolean(args[2]);
        ThermalObservable observable = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN,
                true, resonances);
        SweepPlan plan = ObservablesWorkload.plan(biasMv);
        TransmissionKernel kernel = KernelProvider.get();
        double[] energies = plan.energy().energiesEv();
        double[] log10T = new double[energies.length];
        // the com.sun extension for the allocated bytes (HotSpot has it; elsewhere they are not shown)
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocations = mx instanceof com.sun.management.ThreadMXBean a ? a : null;
        double sink = 0;
        for (int round = 0; round <= rounds; round++) {
            long grid = 0;
            long observables = 0;
            long bytes0 = allocations == null ? 0 : allocations.getCurrentThreadAllocatedBytes();
            for (long id = 0; id < plan.size(); id++) {
                Configuration c = plan.configuration(id);
                long t0 = mx.getCurrentThreadCpuTime();
                kernel.log10Transmission(c.staircase(), c.massU(), energies, log10T, energies.length);
                long t1 = mx.getCurrentThreadCpuTime();
                ObservableSummary s = observable.observe(c);
                long t2 = mx.getCurrentThreadCpuTime();
                grid += t1 - t0;
                observables += t2 - t1;
                sink += log10T[0] + s.log10MeanTransmission() + s.currentQuantumPa();
            }
            double n = plan.size();
            double kib = allocations == null ? Double.NaN
                    : (allocations.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / n;
            System.out.printf(Locale.ROOT, "%s round %d, %.0f mV: %.1f configurations per CPU-second "
                            + "(grid %.3f ms, observables %.3f ms, %.0f KiB allocated per configuration)%n",
                    round == 0 ? "warm-up" : "       ", round, biasMv, n / ((grid + observables) * 1e-9),
                    grid * 1e-6 / n, observables * 1e-6 / n, kib);
        }
        if (!Double.isFinite(sink)) {
            System.out.println("(non-finite output)");
        }
    }
}

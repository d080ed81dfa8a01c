package io.ionsweep.spark;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.run.SweepRunner;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine of one job inside one JVM (driver or executor): the loaded config, the kernel, the
 * runner and the run's tables. Built once per JVM and shared by its concurrent tasks (plans, kernels
 * and observables are thread-safe, as in the local runner's pool).
 */
final class TaskEngine {
    private static final Map<SweepJob, TaskEngine> CACHE = new ConcurrentHashMap<>();

    final SweepConfig sweep;
    final TransmissionKernel kernel;
    final SweepRunner runner;
    final RunTables tables;

    private TaskEngine(SweepJob job) {
        this.sweep = ConfigLoader.load(job.configText(), job.sourceName(), Path.of(job.configDirectory()));
        if (!sweep.resolvedYaml().equals(job.resolvedYaml())) {
            throw new IllegalStateException(job.sourceName() + " expands differently on this executor than on the driver"
                    + " (a table profile's file differs or is missing here?); every executor needs the same files");
        }
        this.kernel = KernelProvider.select(KernelChoice.parse(job.kernel()));
        this.runner = new SweepRunner(sweep.plan(), kernel, sweep.summaryObservables(),
                new SweepRunner.Settings(1, 1, sweep.outputs().spectra(), sweep.outputs().spectraStride(),
                        sweep.outputs().resonances()));
        this.tables = RunTables.of(sweep, runner);
    }

    static TaskEngine of(SweepJob job) {
        return CACHE.computeIfAbsent(job, TaskEngine::new);
    }
}

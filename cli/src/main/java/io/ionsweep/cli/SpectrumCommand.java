package io.ionsweep.cli;

import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep spectrum CONFIG}: T(E) of one configuration (or each of a small sweep). */
@Command(name = "spectrum", mixinStandardHelpOptions = true,
        description = "Transmission spectrum T(E) of the configuration(s) in CONFIG.")
final class SpectrumCommand implements Callable<Integer> {
    /** A spectrum run refuses sweeps larger than this: use `run` for those. */
    static final long MAX_CONFIGURATIONS = 1000;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML config file")
    Path config;

    @Option(names = "--format", paramLabel = "table|csv|parquet", defaultValue = "table",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (atomically) instead of standard output")
    Path out;

    @Mixin
    KernelOption kernelOption;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpectrumFormat fmt = SpectrumFormat.parse(format);
        if (fmt == SpectrumFormat.PARQUET && out == null) {
            throw new BadInputException("--format parquet needs --out FILE");
        }
        if (out != null && java.nio.file.Files.exists(out)) {
            throw new BadInputException("--out " + out + ": file exists; remove it or choose another name");
        }
        SweepConfig sweep = ConfigLoader.load(config);
        SweepPlan plan = sweep.plan();
        if (plan.size() > MAX_CONFIGURATIONS) {
            throw new BadInputException(config + ": " + plan.size() + " configurations; spectrum handles at most "
                    + MAX_CONFIGURATIONS + " (use `ionsweep run` for sweeps)");
        }
        TransmissionKernel kernel = kernelOption.kernel();
        double[] energies = plan.energy().energiesEv();
        SpectrumTable table = new SpectrumTable(energies.length * (int) plan.size());
        double[] log10T = new double[energies.length];
        double worstError = 0;
        long worstId = 0;
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            double error = c.profile().log10Transmission(kernel, c.massU(), c.biasDropEv(), energies, log10T,
                    energies.length);
            if (error > worstError) {
                worstError = error;
                worstId = id;
            }
            table.add(id, energies, log10T);
        }
        SpectrumOutput.write(table, fmt, out, spec.commandLine().getOut(), sweep);
        if (worstError > 0) {
            spec.commandLine().getErr().println(errorLine(worstError, plan.size(), worstId));
        }
        return Main.EXIT_OK;
    }

    /** The one stderr line for smooth profiles: their estimated discretisation error. */
    static String errorLine(double errorLog10, long configurations, long worstId) {
        String where = configurations == 1 ? "worst over the energy grid"
                : "worst over the energy grid and " + configurations + " configurations, at config_id " + worstId;
        return String.format(Locale.ROOT, "discretisation error estimate: %.2g in log10 T (%s)", errorLog10, where);
    }

    enum SpectrumFormat {
        TABLE, CSV, PARQUET;

        static SpectrumFormat parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--format: '" + s + "' is not allowed; allowed: table, csv, parquet");
            }
        }
    }
}

package io.ionsweep.cli;

import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.observables.ResonanceAudit;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ionsweep resonances CONFIG}: the resonances (transmission poles in the config's resonance window)
 * of one configuration, or of each of a small sweep: the rows of the dataset's resonances table.
 */
@Command(name = "resonances", mixinStandardHelpOptions = true,
        description = "Resonances E_r - i Gamma/2 of the configuration(s) in CONFIG: energy, width, Q, lifetime, "
                + "peak transmission, resolved, spacing; one row per resonance.")
final class ResonancesCommand implements Callable<Integer> {
    /** Larger sweeps belong to `run`. */
    static final long MAX_CONFIGURATIONS = ConductanceCommand.MAX_CONFIGURATIONS;
    static final List<String> COLUMNS = List.of("config_id", "energy_eV", "width_eV", "q_factor", "lifetime_ps",
            "peak_transmission", "resolved", "spacing_THz");

    @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML config file")
    Path config;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "output format (default: ${DEFAULT-VALUE}); csv and json give every double in full precision")
    String format;

    @Option(names = "--audit",
            description = "also check every resolved row against the amplitude (it must wind around a circle of 1e-7 "
                    + "of max(E_r, Gamma) about the row as often as rows lie inside); mismatches and a summary go to "
                    + "stderr, and any mismatch gives exit code 1")
    boolean audit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One row: a configuration's resonance. */
    record Row(long configId, Resonance resonance) {}

    @Override
    public Integer call() throws Exception {
        ConductanceCommand.Format fmt;
        try {
            fmt = ConductanceCommand.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format: '" + format + "' is not allowed; allowed: table, csv, json");
        }
        SweepConfig sweep = ConfigLoader.load(config);
        SweepPlan plan = sweep.plan();
        if (plan.size() > MAX_CONFIGURATIONS) {
            throw new BadInputException(config + ": " + plan.size() + " configurations; resonances handles at most "
                    + MAX_CONFIGURATIONS + " (use `ionsweep run` with outputs.resonances for sweeps)");
        }
        ThermalObservable observable = sweep.observables().observable(false, true);
        List<Row> rows = new ArrayList<>();
        long smooth = 0;
        long[] audited = new long[3];
        List<String> mismatches = new ArrayList<>();
        for (long id = 0; id < plan.size(); id++) {
            var c = plan.configuration(id);
            smooth += ThermalObservable.supports(c.profile()) ? 0 : 1;
            List<Resonance> found = observable.resonances(c);
            for (Resonance r : found) {
                rows.add(new Row(id, r));
            }
            if (audit && !found.isEmpty()) {
                // the rows are the unbiased profile's poles
                ResonanceAudit.Result a = ResonanceAudit.audit(c.profile().staircase(0), c.massU(), found);
                audited[0] += a.checked();
                audited[1] += a.atMultipleZero();
                audited[2] += a.leftOut();
                for (ResonanceAudit.Mismatch m : a.mismatches()) {
                    mismatches.add(String.format(Locale.ROOT,
                            "audit: config_id %d, E_r %s eV, Gamma %s eV: the amplitude winds %.3f times around it, %d row(s) inside",
                            id, m.row().energyEv(), m.row().widthEv(), m.winding(), m.rowsInside()));
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
            case CSV -> csv(rows, out);
            case JSON -> json(rows, out);
            case TABLE -> table(rows, out);
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (smooth > 0) {
            err.println(smooth + " configuration(s) with a smooth profile have no resonances "
                    + "listed (only layers and multisite profiles are supported)");
        }
        if (audit) {
            mismatches.forEach(err::println);
            err.println("audit: " + audited[0] + " resolved row(s) checked (" + audited[1] + " at double zeros, "
                    + audited[2] + " left out), " + mismatches.size() + " mismatch(es)");
            err.flush();
            return mismatches.isEmpty() ? Main.EXIT_OK : Main.EXIT_FAILURE;
        }
        return Main.EXIT_OK;
    }

    private static List<String> cells(Row row, boolean full) {
        Resonance r = row.resonance();
        List<String> c = new ArrayList<>();
        c.add(Long.toString(row.configId()));
        for (double v : new double[] {r.energyEv(), r.widthEv(), r.qFactor(), r.lifetimePs(), r.peakTransmission()}) {
            c.add(full ? Double.toString(v) : String.format(Locale.ROOT, "%.6g", v));
        }
        c.add(Boolean.toString(r.resolved()));
        c.add(full ? Double.toString(r.spacingThz()) : String.format(Locale.ROOT, "%.6g", r.spacingThz()));
        return c;
    }

    static void csv(List<Row> rows, PrintWriter w) {
        w.println(String.join(",", COLUMNS));
        rows.forEach(r -> w.println(String.join(",", cells(r, true))));
    }

    /** Every value is finite (poles have finite energy and a width of at least the resolution floor). */
    static void json(List<Row> rows, PrintWriter w) {
        w.println("[");
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = cells(rows.get(i), true);
            StringBuilder b = new StringBuilder("  {");
            for (int k = 0; k < COLUMNS.size(); k++) {
                b.append(k == 0 ? "" : ", ").append('"').append(COLUMNS.get(k)).append("\": ").append(c.get(k));
            }
            w.println(b.append(i + 1 < rows.size() ? "}," : "}"));
        }
        w.println("]");
    }

    static void table(List<Row> rows, PrintWriter w) {
        StringBuilder head = new StringBuilder();
        for (String n : COLUMNS) {
            head.append(String.format(Locale.ROOT, "%" + width(n) + "s  ", n));
        }
        w.println(head.toString().stripTrailing());
        for (Row r : rows) {
            List<String> c = cells(r, false);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < COLUMNS.size(); k++) {
                b.append(String.format(Locale.ROOT, "%" + width(COLUMNS.get(k)) + "s  ", c.get(k)));
            }
            w.println(b.toString().stripTrailing());
        }
    }

    private static int width(String name) {
        return Math.max(name.length(), "-1.23457e-308".length());
    }
}

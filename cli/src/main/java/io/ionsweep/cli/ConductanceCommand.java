package io.ionsweep.cli;

import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.dataset.UndeterminedWarning;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ionsweep conductance CONFIG}: the thermal observables (the summary columns of
 * {@code outputs.conductance}) of one configuration, or of each of a small sweep, with the config's
 * conductance model and resonance window.
 */
@Command(name = "conductance", mixinStandardHelpOptions = true,
        description = "Mean transmission, Arrhenius factor, quantum and classical conductance and current, "
                + "and resonance summary of the configuration(s) in CONFIG.")
final class ConductanceCommand implements Callable<Integer> {
    /** Larger sweeps belong to `run`. */
    static final long MAX_CONFIGURATIONS = 1000;
    /** Whole numbers below this print as integers in the table. */
    private static final double INTEGER_CELL_LIMIT = 1e9;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML config file")
    Path config;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "output format (default: ${DEFAULT-VALUE}); missing values are empty (csv), null (json), - (table)")
    String format;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    enum Format { TABLE, CSV, JSON }

    @Override
    public Integer call() throws Exception {
        Format fmt;
        try {
            fmt = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format: '" + format + "' is not allowed; allowed: table, csv, json");
        }
        SweepConfig sweep = ConfigLoader.load(config);
        SweepPlan plan = sweep.plan();
        if (plan.size() > MAX_CONFIGURATIONS) {
            throw new BadInputException(config + ": " + plan.size() + " configurations; conductance handles at most "
                    + MAX_CONFIGURATIONS + " (use `ionsweep run` with outputs.conductance for sweeps)");
        }
        ThermalObservable observable = sweep.observables().observable(true, sweep.outputs().resonances(), sweep.biasSwept());
        List<String> names = observable.columns().stream().map(ResultColumn::name).toList();
        boolean[] counts = new boolean[names.size()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = observable.columns().get(k).integer();
        }
        double[][] rows = new double[(int) plan.size()][names.size()];
        long smooth = 0;
        for (int id = 0; id < rows.length; id++) {
            Configuration c = plan.configuration(id);
            smooth += ThermalObservable.supports(c.profile()) ? 0 : 1;
            observable.compute(c, null, rows[id], 0);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
            case CSV -> csv(names, counts, rows, out);
            case JSON -> json(names, counts, rows, out);
            case TABLE -> table(names, rows, out);
        }
        out.flush();
        if (smooth > 0) {
            spec.commandLine().getErr().println(smooth + " configuration(s) with a smooth profile: their observables "
                    + "are left missing (only layers and multisite profiles are supported)");
        }
        String warning = UndeterminedWarning.line(above(rows, names.indexOf(ThermalObservable.MEAN_UNDETERMINED)),
                above(rows, names.indexOf(ThermalObservable.CURRENT_UNDETERMINED)), rows.length);
        if (warning != null) {
            spec.commandLine().getErr().println(warning);
        }
        return Main.EXIT_OK;
    }

    /** Rows whose value in the column is above the stated accuracy (0 for a column not computed). */
    private static long above(double[][] rows, int column) {
        return column < 0 ? 0 : Arrays.stream(rows).filter(r -> r[column] > ThermalObservable.STATED_ACCURACY)
                .count();
    }

    /** Defined values only: NaN marks a missing one. */
    private static boolean missing(double v) {
        return !Double.isFinite(v);
    }

    /** A value as written to csv and json: counts as integers, the rest as Java prints a double. */
    private static String number(double v, boolean count) {
        return count ? Long.toString((long) v) : Double.toString(v);
    }

    static void csv(List<String> names, boolean[] counts, double[][] rows, PrintWriter w) {
        w.println("config_id," + String.join(",", names));
        for (int id = 0; id < rows.length; id++) {
            StringBuilder b = new StringBuilder().append(id);
            for (int k = 0; k < names.size(); k++) {
                double v = rows[id][k];
                b.append(',').append(missing(v) ? "" : number(v, counts[k]));
            }
            w.println(b);
        }
    }

    static void json(List<String> names, boolean[] counts, double[][] rows, PrintWriter w) {
        w.println("[");
        for (int id = 0; id < rows.length; id++) {
            StringBuilder b = new StringBuilder("  {\"config_id\": ").append(id);
            for (int k = 0; k < names.size(); k++) {
                double v = rows[id][k];
                b.append(", \"").append(names.get(k)).append("\": ").append(missing(v) ? "null" : number(v, counts[k]));
            }
            w.println(b.append(id + 1 < rows.length ? "}," : "}"));
        }
        w.println("]");
    }

    static void table(List<String> names, double[][] rows, PrintWriter w) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%9s", "config_id"));
        for (String n : names) {
            head.append(String.format(Locale.ROOT, "  %" + width(n) + "s", n));
        }
        w.println(head);
        for (int id = 0; id < rows.length; id++) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%9d", id));
            for (int k = 0; k < names.size(); k++) {
                double v = rows[id][k];
                String s = missing(v) ? "-" : cell(v);
                b.append(String.format(Locale.ROOT, "  %" + width(names.get(k)) + "s", s));
            }
            w.println(b);
        }
    }

    /** Whole numbers (counts, zero currents) as integers, the rest to six significant digits. */
    private static String cell(double v) {
        return v == Math.rint(v) && Math.abs(v) < INTEGER_CELL_LIMIT ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6g", v);
    }

    /** A column is as wide as its name, and at least wide enough for "%.6g" of any double. */
    private static int width(String name) {
        return Math.max(name.length(), "-1.23457e-308".length());
    }
}

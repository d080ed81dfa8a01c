package io.ionsweep.cli;

import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import io.ionsweep.io.config.SweepConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep plot iv DIR|CONFIG}: quantum and classical current against bias, one pair per curve group. */
@Command(name = "iv", mixinStandardHelpOptions = true,
        description = "Quantum (solid) and classical (dashed) current against bias_mV, from a dataset with the "
                + "conductance columns or computed from a small config.")
final class PlotIvCommand implements Callable<Integer> {
    /** More configurations than this belong to `run` (the observables cost ~10-50 ms each under bias). */
    static final long MAX_CONFIGURATIONS = 200;
    static final String BIAS = "bias_mV";
    static final String QUANTUM = "current_quantum_pA";
    static final String CLASSICAL = "current_classical_pA";
    static final String BOUND = ThermalObservable.undeterminedBoundOf(QUANTUM);

    @Parameters(index = "0", paramLabel = "DIR|CONFIG", description = "dataset directory, or a YAML config to compute")
    Path source;

    @Option(names = "--where", paramLabel = "FILTER",
            description = "rows to keep: column OP value [AND ...], OP one of = != < <= > >=, text quoted ('K+')")
    String where;

    @Option(names = "--log-current", description = "plot log10 |I| (classical currents can be orders of magnitude "
            + "below quantum ones); zero currents are left out")
    boolean logCurrent;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.png|FILE.svg",
            description = "image to write, PNG or SVG by the file name (must not exist)")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "900", description = "image width in pixels (default: ${DEFAULT-VALUE})")
    int widthPx;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "600", description = "image height in pixels (default: ${DEFAULT-VALUE})")
    int heightPx;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FigureFile.check(out, widthPx, heightPx);
        RowFilter filter = where == null ? RowFilter.all() : RowFilter.parse(where);
        DataTable all;
        if (Files.isDirectory(source)) {
            Map<String, String> needed = new LinkedHashMap<>(filter.columns());
            needed.put(BIAS, "plot iv");
            needed.put(QUANTUM, "plot iv (run the sweep with outputs: {conductance: true})");
            needed.put(CLASSICAL, "plot iv (run the sweep with outputs: {conductance: true})");
            if (DatasetTable.hasColumn(source, BOUND)) {
                needed.putIfAbsent(BOUND, "plot iv");
            }
            all = DatasetTable.summary(source, needed);
        } else {
            all = computed();
        }
        all.numericColumn(BIAS, "plot iv");
        DataTable rows = all.select(filter.matches(all));
        if (rows.rows() == 0) {
            throw new BadInputException("--where: \"" + filter.text() + "\": no row of " + source + " matches");
        }
        if (Arrays.stream(rows.column(BIAS, BIAS).numbers()).distinct().count() < 2) {
            throw new BadInputException("plot iv: " + BIAS + " takes one value in the rows selected from " + source
                    + "; an I-V plot needs a bias sweep, e.g. bias_mV: {from: -100, to: 100, steps: 9}");
        }
        List<IvFigure.Group> groups = groups(rows, rows.has(BOUND));
        boolean anyPoint = groups.stream().anyMatch(g -> Arrays.stream(g.quantum()).anyMatch(Double::isFinite)
                || Arrays.stream(g.classical()).anyMatch(Double::isFinite));
        if (!anyPoint) {
            throw new BadInputException("plot iv: no current to plot in the rows selected from " + source
                    + " (missing for smooth profiles" + (logCurrent ? ", and zero currents are left out with --log-current" : "") + ")");
        }
        String subtitle = source.toAbsolutePath().normalize().getFileName() + (filter.isEmpty() ? "" : ", where " + filter.text())
                + "; solid: quantum, dashed: classical";
        groups = marked(groups);
        int crossed = groups.stream().mapToInt(g -> UndeterminedMarks.count(g.undetermined())).sum();
        String marksLabel = String.format(Locale.ROOT, "current not determined to %.0f %% of the axis (%s)",
                100 * UndeterminedMarks.FRACTION, BOUND);
        IvFigure.Spec figure = new IvFigure.Spec(groups, logCurrent ? "log10 |current| (pA)" : "current (pA)",
                "Current against bias", subtitle, marksLabel);
        FigureFile.write(out, widthPx, heightPx, g -> IvFigure.draw(g, figure, widthPx, heightPx));
        if (crossed > 0) {
            spec.commandLine().getErr().println(UndeterminedMarks.note(crossed, "quantum current point(s)", BOUND, "axis"));
        }
        return Main.EXIT_OK;
    }

    private DataTable computed() throws Exception {
        if (!Files.isRegularFile(source)) {
            throw new BadInputException(source + ": no such dataset directory or config file");
        }
        SweepConfig sweep = ConfigLoader.load(source);
        SweepPlan plan = sweep.plan();
        if (plan.size() > MAX_CONFIGURATIONS) {
            throw new BadInputException(source + ": " + plan.size() + " configurations; plot iv computes at most "
                    + MAX_CONFIGURATIONS + " (narrow the sweep, or `run` it with outputs.conductance and plot the dataset)");
        }
        // currents need no resonance list: skip the search (the integrals keep their accuracy)
        return ConfigTable.thermal(source.toString(), plan, sweep.observables().observable(true, false, sweep.biasSwept()));
    }

    /**
     * The groups with their quantum points marked where the current's bound could move them by more than
     * {@link UndeterminedMarks#FRACTION} of the axis (the range of every current plotted).
     */
    private List<IvFigure.Group> marked(List<IvFigure.Group> groups) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (IvFigure.Group g : groups) {
            for (double[] ys : new double[][] {g.quantum(), g.classical()}) {
                for (double y : ys) {
                    if (Double.isFinite(y)) {
                        lo = Math.min(lo, y);
                        hi = Math.max(hi, y);
                    }
                }
            }
        }
        List<IvFigure.Group> out = new ArrayList<>();
        for (IvFigure.Group g : groups) {
            boolean[] marks = UndeterminedMarks.of(QUANTUM, g.quantumPa(), g.quantum(), g.bounds(), logCurrent, lo, hi);
            out.add(new IvFigure.Group(g.label(), g.biasMv(), g.quantum(), g.classical(), g.quantumPa(), g.bounds(),
                    marks));
        }
        return out;
    }

    /** Rows grouped by the parameters other than bias that vary; refused when there are too many groups. */
    private List<IvFigure.Group> groups(DataTable rows, boolean bounded) {
        List<String> varying = rows.varyingParameters(Set.of(BIAS));
        Map<List<Object>, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rows.rows(); i++) {
            List<Object> key = new ArrayList<>();
            for (String p : varying) {
                key.add(rows.column(p, p).value(i));
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        if (byKey.size() > IvFigure.MAX_GROUPS) {
            List<String> described = new ArrayList<>();
            for (String p : varying) {
                DataTable.Column c = rows.column(p, p);
                Set<Object> values = new LinkedHashSet<>();
                for (int i = 0; i < c.size(); i++) {
                    values.add(c.value(i));
                }
                described.add(p + " (" + values.size() + " values)");
            }
            throw new BadInputException("plot iv: " + byKey.size() + " curve groups; at most " + IvFigure.MAX_GROUPS
                    + " fit one figure: narrow " + String.join(", ", described) + " with --where");
        }
        List<IvFigure.Group> groups = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Integer>> e : byKey.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            DataTable g = rows.select(idx);
            double[] bias = g.column(BIAS, BIAS).numbers();
            Integer[] order = new Integer[bias.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(bias[a], bias[b]));
            int[] sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            DataTable s = g.select(sorted);
            double[] quantum = s.column(QUANTUM, QUANTUM).numbers();
            groups.add(new IvFigure.Group(label(varying, e.getKey()), s.column(BIAS, BIAS).numbers(), current(quantum),
                    current(s.column(CLASSICAL, CLASSICAL).numbers()), quantum,
                    bounded ? s.column(BOUND, BOUND).numbers() : null, new boolean[quantum.length]));
        }
        return groups;
    }

    private double[] current(double[] pa) {
        if (!logCurrent) {
            return pa;
        }
        return Arrays.stream(pa).map(v -> v != 0 && Double.isFinite(v) ? Math.log10(Math.abs(v)) : Double.NaN).toArray();
    }

    private static String label(List<String> varying, List<Object> key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < varying.size(); i++) {
            parts.add(varying.get(i).equals("species") ? (String) key.get(i) : varying.get(i) + "=" + DataTable.literal(key.get(i)));
        }
        return String.join(" ", parts);
    }
}

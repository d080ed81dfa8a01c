package io.ionsweep.cli;

import io.ionsweep.engine.run.ThermalObservable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ionsweep plot map DIR --x P --y P --z C}: a heat map of one summary column over two others. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Heat map of a summary column (--z) over two columns (--x, --y) of a finished dataset, "
                + "with a colour bar and an optional contour line.")
final class PlotMapCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "dataset directory written by `ionsweep run`")
    Path dir;

    @Option(names = "--x", required = true, paramLabel = "COLUMN", description = "column along the horizontal axis")
    String x;

    @Option(names = "--y", required = true, paramLabel = "COLUMN", description = "column along the vertical axis")
    String y;

    @Option(names = "--z", required = true, paramLabel = "COLUMN", description = "numeric column shown in colour")
    String z;

    @Option(names = "--where", paramLabel = "FILTER",
            description = "rows to keep: column OP value [AND ...], OP one of = != < <= > >=, text quoted ('K+')")
    String where;

    @Option(names = "--contour", paramLabel = "VALUE", description = "draw the line where z reaches VALUE (in z's unit)")
    Double contour;

    @Option(names = "--log-z", description = "colour by log10 z (values <= 0 become missing)")
    boolean logZ;

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
        if (contour != null && (!Double.isFinite(contour) || (logZ && !(contour > 0)))) {
            throw new BadInputException("--contour: " + contour + " is not allowed; allowed: a finite number"
                    + (logZ ? " > 0 (with --log-z)" : ""));
        }
        if (x.equals(y)) {
            throw new BadInputException("--x/--y: both are '" + x + "'; allowed: two different columns");
        }
        java.util.Map<String, String> needed = new java.util.LinkedHashMap<>(filter.columns());
        needed.put(x, "--x");
        needed.put(y, "--y");
        needed.put(z, "--z");
        String boundColumn = ThermalObservable.undeterminedBoundOf(z);
        if (boundColumn != null && DatasetTable.hasColumn(dir, boundColumn)) {
            needed.putIfAbsent(boundColumn, "--z");
        } else {
            boundColumn = null; // a dataset written before the bounds
        }
        DataTable all = DatasetTable.summary(dir, needed);
        all.numericColumn(x, "--x");
        all.numericColumn(y, "--y");
        all.numericColumn(z, "--z");
        DataTable rows = all.select(filter.matches(all));
        if (rows.rows() == 0) {
            throw new BadInputException("--where: \"" + filter.text() + "\": no row of " + dir + " matches");
        }
        DataTable.Column xc = rows.column(x, "--x");
        DataTable.Column yc = rows.column(y, "--y");
        DataTable.Column zc = rows.column(z, "--z");
        List<List<Integer>> shared = MapGrid.sharedCells(xc.numbers(), yc.numbers());
        if (!shared.isEmpty()) {
            throw new BadInputException(sharedCellsMessage(rows, shared));
        }
        double[] zs = zc.numbers().clone();
        if (logZ) {
            for (int i = 0; i < zs.length; i++) {
                zs[i] = zs[i] > 0 ? Math.log10(zs[i]) : Double.NaN;
            }
        }
        MapGrid grid = MapGrid.of(xc.numbers(), yc.numbers(), zs);
        if (java.util.Arrays.stream(zs).noneMatch(Double::isFinite)) {
            throw new BadInputException("--z: " + z + " has no " + (logZ ? "positive " : "") + "finite value in the "
                    + rows.rows() + " row(s) selected (missing: e.g. outputs.conductance was off, or smooth profiles)");
        }
        double[] range = MapFigure.range(grid);
        boolean[] marks = UndeterminedMarks.of(z, zc.numbers(), zs,
                boundColumn == null ? null : rows.column(boundColumn, "--z").numbers(), logZ, range[0], range[1]);
        int marked = UndeterminedMarks.count(marks);
        double[] marksAsCells = new double[marks.length];
        for (int i = 0; i < marks.length; i++) {
            marksAsCells[i] = marks[i] ? 1 : 0;
        }
        String marksLabel = marked == 0 ? "" : String.format(Locale.ROOT, "white crosses (%d of %d cells): the part of "
                + "<T> that double precision does not determine could move their colour by over %.0f %% of the bar (%s)",
                marked, rows.rows(), 100 * UndeterminedMarks.FRACTION, boundColumn);
        String unit = zc.unit().isEmpty() ? "" : " " + zc.unit();
        double level = contour == null ? Double.NaN : logZ ? Math.log10(contour) : contour;
        String contourLabel = contour == null ? "" : "contour: " + z + " = " + DataTable.literal(contour) + unit;
        String subtitle = dir.toAbsolutePath().normalize().getFileName() + (filter.isEmpty() ? "" : ", where " + filter.text())
                + String.format(Locale.ROOT, " (%d x %d grid)", grid.xs().length, grid.ys().length);
        MapFigure.Spec figure = new MapFigure.Spec(grid, xc.label(), yc.label(), (logZ ? "log10 " : "") + zc.label(),
                z, subtitle, level, contourLabel, MapGrid.of(xc.numbers(), yc.numbers(), marksAsCells), marksLabel);
        FigureFile.write(out, widthPx, heightPx, g -> MapFigure.draw(g, figure, widthPx, heightPx));
        if (marked > 0) {
            spec.commandLine().getErr().println(UndeterminedMarks.note(marked, "cell(s)", boundColumn, "colour bar"));
        }
        if (contour != null && MapFigure.contour(figure).isEmpty()) {
            spec.commandLine().getErr().println("ionsweep: note: no contour drawn: " + (grid.xs().length < 2 || grid.ys().length < 2
                    ? "a contour needs at least two values of " + x + " and of " + y
                    : z + " does not reach " + DataTable.literal(contour) + unit + " between known neighbours on the grid"));
        }
        return Main.EXIT_OK;
    }

    /** Which other varying parameters make rows share an (x, y) cell, with a --where that would pick one. */
    private String sharedCellsMessage(DataTable rows, List<List<Integer>> shared) {
        int[] dup = shared.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        DataTable dupRows = rows.select(dup);
        List<String> varying = dupRows.varyingParameters(Set.of(x, y));
        int most = shared.stream().mapToInt(List::size).max().orElse(2);
        String head = "plot map: up to " + most + " rows fall on the same (" + x + ", " + y + ") after filtering";
        if (varying.isEmpty()) {
            return head + " and no other parameter varies among them (duplicate configurations); refusing to average them";
        }
        List<String> picks = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (String p : varying) {
            DataTable.Column c = dupRows.column(p, "--where");
            Set<Object> values = new LinkedHashSet<>();
            for (int i = 0; i < c.size(); i++) {
                values.add(c.value(i));
            }
            described.add(p + " (" + values.size() + " values)");
            picks.add(p + " = " + DataTable.literal(values.iterator().next()));
        }
        return head + "; they differ in " + String.join(", ", described) + ": pick one with --where, e.g. --where \""
                + String.join(" AND ", picks) + "\" (values are not averaged)";
    }
}

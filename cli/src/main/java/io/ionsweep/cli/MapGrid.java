package io.ionsweep.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows placed on the rectilinear grid of their distinct x and y values: z[ix][iy], NaN where no row (or a
 * missing value) falls. Built only when every (x, y) holds at most one row.
 *
 * @param xs distinct x values, ascending
 * @param ys distinct y values, ascending
 * @param z  z[ix][iy]
 */
record MapGrid(double[] xs, double[] ys, double[][] z) {

    /** The rows sharing an (x, y) with another row, grouped by cell; empty when every cell has one row at most. */
    static List<List<Integer>> sharedCells(double[] x, double[] y) {
        Map<List<Double>, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                cells.computeIfAbsent(List.of(x[i] + 0.0, y[i] + 0.0), k -> new ArrayList<>()).add(i); // -0.0 joins 0.0
            }
        }
        return cells.values().stream().filter(rows -> rows.size() > 1).toList();
    }

    /** Places the rows; rows with a non-finite x or y are left out. Throws if two rows share a cell. */
    static MapGrid of(double[] x, double[] y, double[] z) {
        if (!sharedCells(x, y).isEmpty()) {
            throw new IllegalArgumentException("rows share a cell");
        }
        double[] xs = distinct(x);
        double[] ys = distinct(y);
        double[][] grid = new double[xs.length][ys.length];
        for (double[] column : grid) {
            Arrays.fill(column, Double.NaN);
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                grid[Arrays.binarySearch(xs, x[i] + 0.0)][Arrays.binarySearch(ys, y[i] + 0.0)] = z[i];
            }
        }
        return new MapGrid(xs, ys, grid);
    }

    private static double[] distinct(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).map(d -> d + 0.0).distinct().sorted().toArray();
    }

    /**
     * Cell edges around the values: midpoints between neighbours, and half a spacing beyond the ends
     * (a single value gets a cell of +-0.5, or +-5 % of its size when that is larger).
     */
    static double[] edges(double[] values) {
        int n = values.length;
        double[] e = new double[n + 1];
        if (n == 1) {
            double half = Math.max(0.5, 0.05 * Math.abs(values[0]));
            e[0] = values[0] - half;
            e[1] = values[0] + half;
            return e;
        }
        for (int i = 1; i < n; i++) {
            e[i] = values[i - 1] + (values[i] - values[i - 1]) / 2;
        }
        e[0] = values[0] - (values[1] - values[0]) / 2;
        e[n] = values[n - 1] + (values[n - 1] - values[n - 2]) / 2;
        return e;
    }
}

package io.ionsweep.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The contour line z = level of values on a rectilinear grid, by marching squares: in every grid square
 * whose four corners are known, the line crosses each edge whose ends lie on either side of the level, at
 * the point linear interpolation along the edge puts it. A saddle square (corners alternating) is resolved
 * by the mean of its corners. Squares with a missing corner are left open.
 */
final class Contour {
    private Contour() {}

    /** A straight piece of the contour line. */
    record Segment(double x1, double y1, double x2, double y2) {}

    /** The segments of z[ix][iy] = level over the grid xs x ys. */
    static List<Segment> segments(double[] xs, double[] ys, double[][] z, double level) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                // Corners counter-clockwise from the lower left; edge k joins corner k and corner k+1.
                double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
                double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
                double[] cz = {z[i][j], z[i + 1][j], z[i + 1][j + 1], z[i][j + 1]};
                if (!(Double.isFinite(cz[0]) && Double.isFinite(cz[1]) && Double.isFinite(cz[2]) && Double.isFinite(cz[3]))) {
                    continue;
                }
                boolean[] above = new boolean[4];
                for (int k = 0; k < 4; k++) {
                    above[k] = cz[k] >= level;
                }
                List<double[]> crossings = new ArrayList<>();
                List<Integer> edgesCrossed = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    int m = (k + 1) % 4;
                    if (above[k] != above[m]) {
                        double t = (level - cz[k]) / (cz[m] - cz[k]);
                        crossings.add(new double[] {cx[k] + t * (cx[m] - cx[k]), cy[k] + t * (cy[m] - cy[k])});
                        edgesCrossed.add(k);
                    }
                }
                if (crossings.size() == 2) {
                    out.add(segment(crossings.get(0), crossings.get(1)));
                } else if (crossings.size() == 4) {
                    boolean centreAbove = (cz[0] + cz[1] + cz[2] + cz[3]) / 4 >= level;
                    if (centreAbove == above[0]) {
                        // corners 1 and 3 are cut off: edges 0-1 and 2-3
                        out.add(segment(crossings.get(0), crossings.get(1)));
                        out.add(segment(crossings.get(2), crossings.get(3)));
                    } else {
                        // corners 0 and 2 are cut off: edges 3-0 and 1-2
                        out.add(segment(crossings.get(3), crossings.get(0)));
                        out.add(segment(crossings.get(1), crossings.get(2)));
                    }
                }
            }
        }
        return out;
    }

    private static Segment segment(double[] a, double[] b) {
        return new Segment(a[0], a[1], b[0], b[1]);
    }
}

package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContourTest {
    private static double[] range(double from, double to, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + (to - from) * i / (n - 1);
        }
        return v;
    }

    private interface Field {
        double at(double x, double y);
    }

    private static double[][] sample(double[] xs, double[] ys, Field f) {
        double[][] z = new double[xs.length][ys.length];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                z[i][j] = f.at(xs[i], ys[j]);
            }
        }
        return z;
    }

    /** Linear interpolation is exact for a linear field: every end point lies on 2x + 3y = 1.1. */
    @Test
    void aLinearFieldsContourIsExact() {
        double[] xs = {0, 0.1, 0.35, 0.5, 1};   // uneven spacing
        double[] ys = range(-0.5, 0.5, 7);
        List<Contour.Segment> segs = Contour.segments(xs, ys, sample(xs, ys, (x, y) -> 2 * x + 3 * y), 1.1);
        assertTrue(segs.size() >= 5, segs.toString());
        for (Contour.Segment s : segs) {
            assertEquals(1.1, 2 * s.x1() + 3 * s.y1(), 1e-12);
            assertEquals(1.1, 2 * s.x2() + 3 * s.y2(), 1e-12);
        }
        // The line runs from (0, 0.367) to (1, -0.3), crossing no grid point.
        double xMin = segs.stream().mapToDouble(s -> Math.min(s.x1(), s.x2())).min().orElseThrow();
        double xMax = segs.stream().mapToDouble(s -> Math.max(s.x1(), s.x2())).max().orElseThrow();
        assertEquals(0, xMin, 1e-12);
        assertEquals(1, xMax, 1e-12);
        double length = segs.stream().mapToDouble(s -> Math.hypot(s.x2() - s.x1(), s.y2() - s.y1())).sum();
        assertEquals(Math.hypot(1, 2.0 / 3), length, 1e-12, "one unbroken line, no piece twice");
    }

    /** A circle r = 0.6 of z = x^2 + y^2: end points within the interpolation error (h^2 / 4 of z) of r. */
    @Test
    void aCircleIsTracedClosely() {
        double[] xs = range(-1, 1, 41);
        double[] ys = range(-1, 1, 41);
        List<Contour.Segment> segs = Contour.segments(xs, ys, sample(xs, ys, (x, y) -> x * x + y * y), 0.36);
        double h = 0.05;
        for (Contour.Segment s : segs) {
            assertEquals(0.6, Math.hypot(s.x1(), s.y1()), h * h);
        }
        double length = segs.stream().mapToDouble(s -> Math.hypot(s.x2() - s.x1(), s.y2() - s.y1())).sum();
        assertEquals(2 * Math.PI * 0.6, length, 0.01, "closed loop of the right length");
    }

    @Test
    void aSaddleSquareGivesTwoSegmentsThatDoNotCross() {
        double[] xs = {0, 1};
        double[] ys = {0, 1};
        // corners (0,0)=1 (1,0)=0 (1,1)=1 (0,1)=0, mean 0.5: at level 0.4 the centre is above, like corner (0,0)
        double[][] z = {{1, 0}, {0, 1}};
        List<Contour.Segment> segs = Contour.segments(xs, ys, z, 0.4);
        assertEquals(2, segs.size());
        for (Contour.Segment s : segs) {
            // each segment cuts off a low corner: (1,0) or (0,1)
            double cx = (s.x1() + s.x2()) / 2;
            double cy = (s.y1() + s.y2()) / 2;
            assertTrue(Math.abs(cx - cy) > 0.5, "cuts off (1,0) or (0,1): " + s);
        }
        List<Contour.Segment> other = Contour.segments(xs, ys, z, 0.6);
        assertEquals(2, other.size());
        for (Contour.Segment s : other) {
            double cx = (s.x1() + s.x2()) / 2;
            double cy = (s.y1() + s.y2()) / 2;
            assertTrue(Math.abs(cx - cy) < 1e-12, "cuts off (0,0) or (1,1): " + s);
        }
    }

    @Test
    void missingCornersAndUnreachedLevelsGiveNoLine() {
        double[] xs = {0, 1, 2};
        double[] ys = {0, 1};
        double[][] z = {{0, 0}, {1, Double.NaN}, {2, 2}};
        assertEquals(List.of(), Contour.segments(xs, ys, z, 0.5), "both squares have a missing corner");
        assertEquals(List.of(), Contour.segments(xs, ys, new double[][] {{0, 0}, {1, 1}, {2, 2}}, 3));
        assertEquals(1, Contour.segments(xs, ys, new double[][] {{0, 0}, {1, 1}, {2, 2}}, 1.5).size());
    }
}

package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The map draws each value in its own cell with the colour bar's colour, and the contour where z = level. */
class MapFigureTest {
    private static final int W = 800;
    private static final int H = 600;
    /** Uneven in x, even in y; z = 2x + 3y with one missing value. */
    private static final double[] XS = {0, 0.1, 0.35, 0.5, 1};
    private static final double[] YS = {-0.5, -1.0 / 3, -1.0 / 6, 0, 1.0 / 6, 1.0 / 3, 0.5};

    private static MapGrid grid() {
        return cells((xv, yv) -> xv == 0.35 && yv == 0 ? Double.NaN : 2 * xv + 3 * yv);
    }

    /** One row per (XS, YS) point with value z(x, y), placed on the grid. */
    private static MapGrid cells(java.util.function.DoubleBinaryOperator z) {
        int n = XS.length * YS.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        int k = 0;
        for (double xv : XS) {
            for (double yv : YS) {
                x[k] = xv;
                y[k] = yv;
                v[k++] = z.applyAsDouble(xv, yv);
            }
        }
        return MapGrid.of(x, y, v);
    }

    private record Drawn(BufferedImage image, Rectangle2D area, XYPlot plot) {}

    private static Drawn draw(double level) {
        return draw(new MapFigure.Spec(grid(), "x (A)", "y (eV)", "z", "t", "", level, "contour"));
    }

    private static Drawn draw(MapFigure.Spec spec) {
        JFreeChart chart = MapFigure.chart(spec);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, W, H), info);
        g.dispose();
        return new Drawn(img, info.getPlotInfo().getDataArea(), chart.getXYPlot());
    }

    @Test
    void everyCellHasItsValuesColourAndAMissingOneIsGrey() {
        Drawn d = draw(Double.NaN);
        double lo = 2 * XS[0] + 3 * YS[0];
        double hi = 2 * XS[XS.length - 1] + 3 * YS[YS.length - 1];
        ViridisScale scale = new ViridisScale(lo, hi);
        for (double xv : XS) {
            for (double yv : YS) {
                int px = (int) Math.round(d.plot().getDomainAxis().valueToJava2D(xv, d.area(), RectangleEdge.BOTTOM));
                int py = (int) Math.round(d.plot().getRangeAxis().valueToJava2D(yv, d.area(), RectangleEdge.LEFT));
                // Inside the data area (an end cell's centre may sit on its edge pixel).
                px = Math.clamp(px, (int) Math.ceil(d.area().getMinX()) + 1, (int) Math.floor(d.area().getMaxX()) - 2);
                py = Math.clamp(py, (int) Math.ceil(d.area().getMinY()) + 1, (int) Math.floor(d.area().getMaxY()) - 2);
                Color expected = xv == 0.35 && yv == 0 ? MapFigure.MISSING_COLOUR : (Color) scale.getPaint(2 * xv + 3 * yv);
                assertEquals(expected.getRGB() & 0xFFFFFF, d.image().getRGB(px, py) & 0xFFFFFF,
                        "cell (" + xv + ", " + yv + ") at pixel " + px + "," + py);
            }
        }
    }

    /** The data coordinates {x, y} of the data area's pixels of this colour (their centres). */
    private static List<double[]> pixels(Drawn d, Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        List<double[]> out = new ArrayList<>();
        for (int py = (int) d.area().getMinY(); py < d.area().getMaxY(); py++) {
            for (int px = (int) d.area().getMinX(); px < d.area().getMaxX(); px++) {
                if ((d.image().getRGB(px, py) & 0xFFFFFF) == rgb) {
                    out.add(new double[] {d.plot().getDomainAxis().java2DToValue(px + 0.5, d.area(), RectangleEdge.BOTTOM),
                        d.plot().getRangeAxis().java2DToValue(py + 0.5, d.area(), RectangleEdge.LEFT)});
                }
            }
        }
        return out;
    }

    /** A crossed cell: white pixels (a colour viridis never gives) inside it and nowhere else in the data area. */
    @Test
    void aMarkedCellIsCrossedInWhiteAndNoOtherCellIs() {
        MapFigure.Spec plain = new MapFigure.Spec(grid(), "x (A)", "y (eV)", "z", "t", "", Double.NaN, "");
        Drawn d = draw(new MapFigure.Spec(plain.grid(), "x (A)", "y (eV)", "z", "t", "", Double.NaN, "",
                cells((xv, yv) -> xv == 0.5 && yv == 1.0 / 6 ? 1 : 0), "crossed"));
        // the marked cell spans halfway to its neighbours: x in (0.425, 0.75), y in (1/12, 1/4)
        List<double[]> white = pixels(d, MapFigure.MARK_COLOUR);
        for (double[] p : white) {
            assertTrue(p[0] > 0.425 && p[0] < 0.75 && p[1] > 1.0 / 12 && p[1] < 0.25, "white at " + p[0] + ", " + p[1]);
        }
        assertTrue(white.size() > 50, "the cross's pixels: " + white.size());
        assertEquals(0, pixels(draw(plain), MapFigure.MARK_COLOUR).size(), "no cross without marks");
    }

    @Test
    void contourPixelsLieOnTheLevelLine() {
        Drawn d = draw(1.1);
        double dx = 1.0 / d.area().getWidth() * (d.plot().getDomainAxis().getRange().getLength());
        double dy = 1.0 / d.area().getHeight() * (d.plot().getRangeAxis().getRange().getLength());
        double tolerance = 3 * (2 * dx + 3 * dy); // a 2.5 px wide line, in z
        List<double[]> red = pixels(d, MapFigure.CONTOUR_COLOUR);
        for (double[] p : red) {
            assertEquals(1.1, 2 * p[0] + 3 * p[1], tolerance, "contour pixel at " + p[0] + ", " + p[1]);
        }
        // The line from (0, 0.367) to (1, -0.3) is about 1.2 units long; it passes the missing cell's squares only in part.
        assertTrue(red.size() > 200, "contour pixels: " + red.size());
    }
}

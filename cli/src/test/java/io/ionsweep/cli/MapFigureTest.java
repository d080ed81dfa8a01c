package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
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
        int n = XS.length * YS.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        int k = 0;
        for (double xv : XS) {
            for (double yv : YS) {
                x[k] = xv;
                y[k] = yv;
                z[k] = xv == 0.35 && yv == 0 ? Double.NaN : 2 * xv + 3 * yv;
                k++;
            }
        }
        return MapGrid.of(x, y, z);
    }

    private record Drawn(BufferedImage image, Rectangle2D area, XYPlot plot) {}

    private static Drawn draw(double level) {
        MapFigure.Spec spec = new MapFigure.Spec(grid(), "x (A)", "y (eV)", "z", "t", "", level, "contour");
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

    @Test
    void contourPixelsLieOnTheLevelLine() {
        Drawn d = draw(1.1);
        int red = MapFigure.CONTOUR_COLOUR.getRGB() & 0xFFFFFF;
        double dx = 1.0 / d.area().getWidth() * (d.plot().getDomainAxis().getRange().getLength());
        double dy = 1.0 / d.area().getHeight() * (d.plot().getRangeAxis().getRange().getLength());
        double tolerance = 3 * (2 * dx + 3 * dy); // a 2.5 px wide line, in z
        long count = 0;
        for (int py = (int) d.area().getMinY(); py < d.area().getMaxY(); py++) {
            for (int px = (int) d.area().getMinX(); px < d.area().getMaxX(); px++) {
                if ((d.image().getRGB(px, py) & 0xFFFFFF) == red) {
                    double x = d.plot().getDomainAxis().java2DToValue(px + 0.5, d.area(), RectangleEdge.BOTTOM);
                    double y = d.plot().getRangeAxis().java2DToValue(py + 0.5, d.area(), RectangleEdge.LEFT);
                    assertEquals(1.1, 2 * x + 3 * y, tolerance, "contour pixel " + px + "," + py);
                    count++;
                }
            }
        }
        // The line from (0, 0.367) to (1, -0.3) is about 1.2 units long; it passes the missing cell's squares only in part.
        assertTrue(count > 200, "contour pixels: " + count);
    }
}

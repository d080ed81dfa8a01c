package io.ionsweep.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The map figure: one viridis cell per grid point (cells reach halfway to their neighbours, so uneven
 * spacing is drawn as it is), missing cells grey, a colour bar with the z label, and the contour line in
 * {@link #CONTOUR_COLOUR}. Drawn without anti-aliasing so that cells meet without seams.
 */
final class MapFigure {
    /** A colour viridis never produces, so the contour stands out (and tests can find it). */
    static final Color CONTOUR_COLOUR = new Color(0xE6194B);
    static final Color MISSING_COLOUR = new Color(0xD0D0D0);
    private static final float CONTOUR_WIDTH = 2.5f;
    private static final double COLOUR_BAR_WIDTH = 16;

    private MapFigure() {}

    /**
     * @param title        the figure's title
     * @param subtitle     a line under the title (the filter), or empty
     * @param contourLevel z of the contour (in the plotted z), or NaN for none
     * @param contourLabel the legend text of the contour
     */
    record Spec(MapGrid grid, String xLabel, String yLabel, String zLabel, String title, String subtitle,
                double contourLevel, String contourLabel) {}

    static void draw(Graphics2D g, Spec spec, int widthPx, int heightPx) {
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx));
    }

    static JFreeChart chart(Spec spec) {
        MapGrid grid = spec.grid();
        double[] xEdges = MapGrid.edges(grid.xs());
        double[] yEdges = MapGrid.edges(grid.ys());
        int nx = grid.xs().length;
        int ny = grid.ys().length;
        double[][] series = new double[3][nx * ny];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double z = grid.z()[i][j];
                series[0][i * ny + j] = grid.xs()[i];
                series[1][i * ny + j] = grid.ys()[j];
                series[2][i * ny + j] = z;
                if (Double.isFinite(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        if (!(hi > lo)) {
            // One value (or none): a band around it, so the scale is defined.
            double mid = Double.isFinite(lo) ? lo : 0;
            double half = Math.max(0.5, Math.abs(mid) * 0.05);
            lo = mid - half;
            hi = mid + half;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("z", series);
        ViridisScale scale = new ViridisScale(lo, hi);
        CellRenderer renderer = new CellRenderer(xEdges, yEdges, ny);
        renderer.setPaintScale(scale);

        NumberAxis xAxis = new NumberAxis(spec.xLabel());
        xAxis.setRange(xEdges[0], xEdges[nx]);
        NumberAxis yAxis = new NumberAxis(spec.yLabel());
        yAxis.setRange(yEdges[0], yEdges[ny]);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(MISSING_COLOUR);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        BasicStroke stroke = new BasicStroke(CONTOUR_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (Contour.Segment s : contour(spec)) {
            plot.addAnnotation(new XYLineAnnotation(s.x1(), s.y1(), s.x2(), s.y2(), stroke, CONTOUR_COLOUR));
        }

        JFreeChart chart = new JFreeChart(spec.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        if (!spec.subtitle().isEmpty()) {
            chart.addSubtitle(new TextTitle(spec.subtitle(), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        }
        if (Double.isFinite(spec.contourLevel())) {
            TextTitle contour = new TextTitle(spec.contourLabel(), new Font(Font.SANS_SERIF, Font.BOLD, 12));
            contour.setPaint(CONTOUR_COLOUR);
            contour.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(contour);
        }
        NumberAxis zAxis = new NumberAxis(spec.zLabel());
        zAxis.setRange(lo, hi);
        PaintScaleLegend bar = new PaintScaleLegend(scale, zAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        bar.setStripWidth(COLOUR_BAR_WIDTH);
        bar.setMargin(new RectangleInsets(8, 12, 8, 8));
        bar.setSubdivisionCount(256);
        chart.addSubtitle(bar);
        return chart;
    }

    /** Fills each grid point's cell, from the edges halfway to its neighbours; missing values are not drawn. */
    private static final class CellRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;
        private final double[] xEdges;
        private final double[] yEdges;
        private final int ny;

        CellRenderer(double[] xEdges, double[] yEdges, int ny) {
            this.xEdges = xEdges;
            this.yEdges = yEdges;
            this.ny = ny;
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            double z = ((DefaultXYZDataset) dataset).getZValue(series, item);
            if (!Double.isFinite(z)) {
                return;
            }
            int i = item / ny;
            int j = item % ny;
            double x0 = domainAxis.valueToJava2D(xEdges[i], dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(xEdges[i + 1], dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(yEdges[j], dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(yEdges[j + 1], dataArea, plot.getRangeAxisEdge());
            g2.setPaint(getPaintScale().getPaint(z));
            g2.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
        }
    }

    /** The contour's segments; none without a contour level. */
    static List<Contour.Segment> contour(Spec spec) {
        return Double.isFinite(spec.contourLevel())
                ? Contour.segments(spec.grid().xs(), spec.grid().ys(), spec.grid().z(), spec.contourLevel()) : List.of();
    }
}

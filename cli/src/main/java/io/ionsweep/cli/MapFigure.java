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
 * spacing is drawn as it is), missing cells grey, a colour bar with the z label, the contour line in
 * {@link #CONTOUR_COLOUR} and a cross in {@link #MARK_COLOUR} on the cells {@link UndeterminedMarks} marks.
 * Drawn without anti-aliasing so that cells meet without seams.
 */
final class MapFigure {
    /** A colour viridis never produces, so the contour stands out (and tests can find it). */
    static final Color CONTOUR_COLOUR = new Color(0xE6194B);
    static final Color MISSING_COLOUR = new Color(0xD0D0D0);
    /** The cross on a cell whose value the undetermined part of <T> could visibly move (viridis has no white). */
    static final Color MARK_COLOUR = Color.WHITE;
    private static final float MARK_WIDTH = 1.5f;
    /** The cross spans this fraction of its cell. */
    private static final double MARK_SIZE = 0.5;
    private static final float CONTOUR_WIDTH = 2.5f;
    private static final double COLOUR_BAR_WIDTH = 16;

    private MapFigure() {}

    /**
     * @param title        the figure's title
     * @param subtitle     a line under the title (the filter), or empty
     * @param contourLevel z of the contour (in the plotted z), or NaN for none
     * @param contourLabel the legend text of the contour
     * @param marks        1 on the cells to cross ({@link UndeterminedMarks}), as placed by {@link MapGrid#of};
     *                     null for none
     * @param marksLabel   the legend text of the crosses (shown when some cell is crossed)
     */
    record Spec(MapGrid grid, String xLabel, String yLabel, String zLabel, String title, String subtitle,
                double contourLevel, String contourLabel, MapGrid marks, String marksLabel) {
        Spec(MapGrid grid, String xLabel, String yLabel, String zLabel, String title, String subtitle,
             double contourLevel, String contourLabel) {
            this(grid, xLabel, yLabel, zLabel, title, subtitle, contourLevel, contourLabel, null, "");
        }

        boolean marked(int i, int j) {
            return marks != null && marks.z()[i][j] == 1;
        }
    }

    /** The colour bar's range: the finite z's, or a band around a single value (so the scale is defined). */
    static double[] range(MapGrid grid) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] column : grid.z()) {
            for (double z : column) {
                if (Double.isFinite(z)) {
                    lo = Math.min(lo, z);
                    hi = Math.max(hi, z);
                }
            }
        }
        if (!(hi > lo)) {
            double mid = Double.isFinite(lo) ? lo : 0;
            double half = Math.max(0.5, Math.abs(mid) * 0.05);
            return new double[] {mid - half, mid + half};
        }
        return new double[] {lo, hi};
    }

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
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                series[0][i * ny + j] = grid.xs()[i];
                series[1][i * ny + j] = grid.ys()[j];
                series[2][i * ny + j] = grid.z()[i][j];
            }
        }
        double[] range = range(grid);
        double lo = range[0];
        double hi = range[1];
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("z", series);
        ViridisScale scale = new ViridisScale(lo, hi);
        CellRenderer renderer = new CellRenderer(xEdges, yEdges, ny, spec);
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
        if (spec.marks() != null && !spec.marksLabel().isEmpty()) {
            TextTitle marks = new TextTitle(spec.marksLabel(), new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            marks.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(marks);
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

    /**
     * Fills each grid point's cell, from the edges halfway to its neighbours, and crosses the marked ones;
     * missing values are not drawn.
     */
    private static final class CellRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;
        private final double[] xEdges;
        private final double[] yEdges;
        private final int ny;
        private final transient Spec spec;

        CellRenderer(double[] xEdges, double[] yEdges, int ny, Spec spec) {
            this.xEdges = xEdges;
            this.yEdges = yEdges;
            this.ny = ny;
            this.spec = spec;
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
            if (spec.marked(i, j)) {
                double cx = 0.5 * (x0 + x1);
                double cy = 0.5 * (y0 + y1);
                double hx = 0.5 * MARK_SIZE * Math.abs(x1 - x0);
                double hy = 0.5 * MARK_SIZE * Math.abs(y1 - y0);
                g2.setPaint(MARK_COLOUR);
                g2.setStroke(new BasicStroke(MARK_WIDTH));
                g2.draw(new java.awt.geom.Line2D.Double(cx - hx, cy - hy, cx + hx, cy + hy));
                g2.draw(new java.awt.geom.Line2D.Double(cx - hx, cy + hy, cx + hx, cy - hy));
            }
        }
    }

    /** The contour's segments; none without a contour level. */
    static List<Contour.Segment> contour(Spec spec) {
        return Double.isFinite(spec.contourLevel())
                ? Contour.segments(spec.grid().xs(), spec.grid().ys(), spec.grid().z(), spec.contourLevel()) : List.of();
    }
}

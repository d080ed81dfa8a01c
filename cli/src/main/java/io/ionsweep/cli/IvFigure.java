package io.ionsweep.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The I-V figure: per curve group a quantum (solid) and a classical (dashed) curve in one colour, and a cross
 * in {@link #MARK_COLOUR} on the quantum points {@link UndeterminedMarks} marks.
 */
final class IvFigure {
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};
    /** Curve groups beyond this are unreadable in one figure. */
    static final int MAX_GROUPS = PALETTE.length;
    private static final float DASH = 6f;
    private static final double POINT = 5;

    private IvFigure() {}

    /** The cross on a quantum point the undetermined part of the current could visibly move. */
    static final Color MARK_COLOUR = Color.BLACK;
    private static final double MARK = 9;

    /**
     * One group's points: bias (mV) ascending and the currents there as plotted (NaN where missing or left out).
     *
     * @param quantumPa    the quantum currents in pA (as computed, not as plotted)
     * @param bounds       their {@code current_quantum_undetermined}, or null where the dataset has none
     * @param undetermined which quantum points to cross ({@link UndeterminedMarks})
     */
    record Group(String label, double[] biasMv, double[] quantum, double[] classical, double[] quantumPa,
                 double[] bounds, boolean[] undetermined) {
        Group(String label, double[] biasMv, double[] quantum, double[] classical) {
            this(label, biasMv, quantum, classical, quantum, null, new boolean[quantum.length]);
        }
    }

    /** @param marksLabel the legend text of the crosses (shown when a point is crossed) */
    record Spec(List<Group> groups, String yLabel, String title, String subtitle, String marksLabel) {
        Spec(List<Group> groups, String yLabel, String title, String subtitle) {
            this(groups, yLabel, title, subtitle, "");
        }
    }

    static void draw(Graphics2D g, Spec spec, int widthPx, int heightPx) {
        chart(spec).draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx));
    }

    static JFreeChart chart(Spec spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {DASH, DASH}, 0f);
        int k = 0;
        for (int g = 0; g < spec.groups().size(); g++) {
            Group group = spec.groups().get(g);
            String prefix = group.label().isEmpty() ? "" : group.label() + ": ";
            data.addSeries(series(prefix + "quantum", group.biasMv(), group.quantum()));
            data.addSeries(series(prefix + "classical", group.biasMv(), group.classical()));
            Color colour = PALETTE[g % PALETTE.length];
            renderer.setSeriesPaint(k, colour);
            renderer.setSeriesStroke(k, new BasicStroke(2f));
            renderer.setSeriesShape(k, new Ellipse2D.Double(-POINT / 2, -POINT / 2, POINT, POINT));
            renderer.setSeriesPaint(k + 1, colour);
            renderer.setSeriesStroke(k + 1, dashed);
            renderer.setSeriesShape(k + 1, new Rectangle2D.Double(-POINT / 2, -POINT / 2, POINT, POINT));
            k += 2;
        }
        XYSeries crossed = new XYSeries(spec.marksLabel(), false, true);
        for (Group group : spec.groups()) {
            for (int i = 0; i < group.biasMv().length; i++) {
                if (group.undetermined()[i]) {
                    crossed.add(group.biasMv()[i], group.quantum()[i]);
                }
            }
        }
        if (crossed.getItemCount() > 0) {
            data.addSeries(crossed);
            java.awt.geom.Path2D cross = new java.awt.geom.Path2D.Double();
            cross.moveTo(-MARK / 2, -MARK / 2);
            cross.lineTo(MARK / 2, MARK / 2);
            cross.moveTo(-MARK / 2, MARK / 2);
            cross.lineTo(MARK / 2, -MARK / 2);
            renderer.setSeriesPaint(k, MARK_COLOUR);
            renderer.setSeriesStroke(k, new BasicStroke(2f));
            renderer.setSeriesOutlineStroke(k, new BasicStroke(2f));
            renderer.setSeriesShape(k, cross);
            renderer.setSeriesShapesFilled(k, false);
            renderer.setSeriesLinesVisible(k, false);
        }
        NumberAxis x = new NumberAxis("bias_mV (mV)");
        NumberAxis y = new NumberAxis(spec.yLabel());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(spec.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (!spec.subtitle().isEmpty()) {
            chart.addSubtitle(new TextTitle(spec.subtitle()));
        }
        return chart;
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            // A missing value (or a zero current on a log axis) breaks the line rather than being bridged.
            s.add(x[i], Double.isFinite(y[i]) ? (Number) y[i] : null);
        }
        return s;
    }
}

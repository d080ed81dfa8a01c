package io.ionsweep.cli;

import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.profile.Staircase;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The spectrum figure, drawn headless with JFreeChart: log10 T against energy in meV on top (barrier tops
 * as dashed vertical markers, resolved resonances below the top labelled with E_r in meV), the staircase profile V(x) in meV against x in Angstrom below.
 */
final class SpectrumFigure {
    private static final double MEV_PER_EV = 1000.0;
    /** Share of the height given to the spectrum panel. */
    private static final double TOP_SHARE = 0.6;
    private static final float MARKER_DASH = 4f;
    /** Length of lead drawn on each side of the profile, as a share of the profile's length. */
    private static final double LEAD_SHARE = 0.05;
    /** Resonance labels sit below their peak (peaks reach up to log10 T = 0, the top of the panel). */
    private static final double RESONANCE_ARROW_ANGLE = Math.PI / 2;
    /** One colour per configuration (PlotSpectrumCommand draws at most eight), the same in both panels. */
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

    private SpectrumFigure() {}

    /** One configuration: its label, energies (eV), log10 T there, and the profile the kernel saw. */
    record Curve(String label, double[] energyEv, double[] log10T, Staircase profile, List<Resonance> resonances) {}

    /** The figure as PNG bytes (what tests decode). */
    static byte[] png(List<Curve> curves, int widthPx, int heightPx) throws IOException {
        return FigureFile.png(widthPx, heightPx, g -> draw(g, curves, widthPx, heightPx));
    }

    /** Draws both panels on a widthPx x heightPx canvas (PNG or SVG). */
    static void draw(Graphics2D g, List<Curve> curves, int widthPx, int heightPx) {
        int topPx = (int) Math.round(heightPx * TOP_SHARE);
        spectrumChart(curves).draw(g, new Rectangle2D.Double(0, 0, widthPx, topPx));
        profileChart(curves).draw(g, new Rectangle2D.Double(0, topPx, widthPx, heightPx - topPx));
    }

    private static JFreeChart spectrumChart(List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) {
            XYSeries s = new XYSeries(c.label(), false, true);
            for (int i = 0; i < c.energyEv().length; i++) {
                // A closed lead gives -Infinity, which has no place on a log axis: the point is left out.
                if (Double.isFinite(c.log10T()[i])) {
                    s.add(c.energyEv()[i] * MEV_PER_EV, c.log10T()[i]);
                }
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Transmission", "energy (meV)", "log10 T", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        colour(plot, curves.size());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        for (int k = 0; k < curves.size(); k++) {
            double topMeV = curves.get(k).profile().maxPotentialEv() * MEV_PER_EV;
            ValueMarker marker = new ValueMarker(topMeV);
            marker.setPaint(PALETTE[k % PALETTE.length]);
            marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {MARKER_DASH, MARKER_DASH}, 0f));
            marker.setLabel(String.format(Locale.ROOT, "top %.1f meV", topMeV));
            marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(marker);
        }
        for (int k = 0; k < curves.size(); k++) {
            for (Resonance r : curves.get(k).resonances()) {
                double x = r.energyEv() * MEV_PER_EV;
                double y = Math.log10(r.peakTransmission());
                if (!Double.isFinite(y)) {
                    continue;
                }
                XYPointerAnnotation a = new XYPointerAnnotation(String.format(Locale.ROOT, "%.1f meV", x), x, y,
                        RESONANCE_ARROW_ANGLE);
                a.setPaint(PALETTE[k % PALETTE.length]);
                a.setRotationAngle(-Math.PI / 2);
                a.setTextAnchor(TextAnchor.CENTER_RIGHT);
                a.setRotationAnchor(TextAnchor.CENTER_RIGHT);
                a.setArrowPaint(PALETTE[k % PALETTE.length]);
                plot.addAnnotation(a);
            }
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static JFreeChart profileChart(List<Curve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Curve c : curves) {
            XYSeries s = new XYSeries(c.label(), false, true);
            Staircase p = c.profile();
            // Steps drawn as vertical jumps: each slice contributes its two end points.
            double lead = LEAD_SHARE * p.lengthA();
            s.add(-lead, p.leadLeftEv() * MEV_PER_EV);
            double x = 0;
            s.add(x, p.leadLeftEv() * MEV_PER_EV);
            for (int i = 0; i < p.sliceCount(); i++) {
                double v = p.potentialEv(i) * MEV_PER_EV;
                s.add(x, v);
                x += p.widthA(i);
                s.add(x, v);
            }
            s.add(x, p.leadRightEv() * MEV_PER_EV);
            s.add(x + lead, p.leadRightEv() * MEV_PER_EV);
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Potential profile", "x (A)", "V (meV)", data,
                PlotOrientation.VERTICAL, false, false, false);
        colour(chart.getXYPlot(), curves.size());
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void colour(XYPlot plot, int series) {
        for (int k = 0; k < series; k++) {
            plot.getRenderer().setSeriesPaint(k, PALETTE[k % PALETTE.length]);
        }
    }
}

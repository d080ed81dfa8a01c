package io.ionsweep.cli;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The viridis colour map (perceptually uniform, readable in grey and by most colour-blind readers) from
 * lower to upper bound, linear in RGB between nine anchors of the published map.
 */
record ViridisScale(double lowerBound, double upperBound) implements PaintScale {
    private static final int[] ANCHORS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
        0xaddc30, 0xfde725};

    ViridisScale {
        if (!(upperBound > lowerBound) || !Double.isFinite(lowerBound) || !Double.isFinite(upperBound)) {
            throw new IllegalArgumentException("bounds " + lowerBound + ", " + upperBound);
        }
    }

    @Override
    public double getLowerBound() {
        return lowerBound;
    }

    @Override
    public double getUpperBound() {
        return upperBound;
    }

    @Override
    public Paint getPaint(double value) {
        double t = (value - lowerBound) / (upperBound - lowerBound);
        t = Double.isNaN(t) ? 0 : Math.clamp(t, 0.0, 1.0);
        double pos = t * (ANCHORS.length - 1);
        int k = Math.min((int) pos, ANCHORS.length - 2);
        double f = pos - k;
        int a = ANCHORS[k];
        int b = ANCHORS[k + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) + f * ((b & 0xff) - (a & 0xff)));
    }
}

package io.ionsweep.engine.profile;

/** Applies a linear bias drop to a layered profile, cutting each layer into slices at their midpoint values. */
final class Tilt {
    private Tilt() {}

    static Staircase apply(double leadLeftEv, double leadRightEv, double[] potentialEv, double[] widthA,
                           double biasDropEv, int slicesPerLayer) {
        if (biasDropEv == 0.0) {
            // Without bias every slice of a layer has the layer's potential: slicing would change nothing.
            return Staircase.of(leadLeftEv, leadRightEv, potentialEv, widthA);
        }
        int n = potentialEv.length;
        double length = 0;
        for (double w : widthA) {
            length += w;
        }
        double[] v = new double[n * slicesPerLayer];
        double[] w = new double[n * slicesPerLayer];
        double x = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            double slice = widthA[i] / slicesPerLayer;
            for (int s = 0; s < slicesPerLayer; s++) {
                double mid = x + (s + 0.5) * slice;
                v[k] = potentialEv[i] - biasDropEv * (length > 0 ? mid / length : 0.5);
                w[k] = slice;
                k++;
            }
            x += widthA[i];
        }
        return Staircase.of(leadLeftEv, leadRightEv - biasDropEv, v, w);
    }
}

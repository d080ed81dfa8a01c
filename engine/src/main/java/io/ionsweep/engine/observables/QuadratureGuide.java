package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate resonances that guide the <T> quadrature of a profile whose resonances are not
 * reported (the biased profile of the current): positions and widths good to a few per cent, found
 * at a fraction of the cost of {@link ResonanceFinder}. No completeness proof: the quadrature's own
 * error control covers a broad resonance missed here, and a narrow one cannot be missed, because every
 * narrow resonance lies within about its width of a Dirichlet eigenvalue of the profile region
 * ({@link BoxSpectrum}), which is where the Newton iterations start.
 */
final class QuadratureGuide {
    private static final int MAX_NEWTON_STEPS = 12;
    /** Stop when the Newton step is below this fraction of the current width estimate... */
    private static final double WIDTH_FRACTION = 1e-2;
    /** ...or below this relative size. */
    private static final double RELATIVE_STEP = 1e-13;
    /** The iteration may go this many seed separations from its seed. */
    private static final double REACH = 2;

    private QuadratureGuide() {}

    /** Approximate poles (E_r, Gamma) in the window of the thermal average; may miss broad ones. */
    static List<Resonance> resonances(Staircase profile, double massU, ThermalWindow window) {
        double lo = window.e0Ev();
        double hi = window.resonanceTopEv();
        double[] seeds = new BoxSpectrum(profile, massU).eigenvalues(lo, hi);
        ComplexAmplitudeFunction g = new ComplexAmplitudeFunction(profile, massU);
        List<Resonance> out = new ArrayList<>(seeds.length);
        for (int i = 0; i < seeds.length; i++) {
            double s = seeds[i];
            double left = i > 0 ? s - seeds[i - 1] : s - lo;
            double right = i + 1 < seeds.length ? seeds[i + 1] - s : hi - s;
            double x = s;
            double y = 0;
            boolean converged = false;
            for (int it = 0; it < MAX_NEWTON_STEPS; it++) {
                AmplitudeSample a = g.at(x, y);
                // z - g/g' = z - 1/(g'/g)
                double lr = a.logDerivativeRe();
                double li = a.logDerivativeIm();
                double ll = lr * lr + li * li;
                double dx = lr / ll;
                double dy = -li / ll;
                if (!(Double.isFinite(dx) && Double.isFinite(dy))) {
                    break;
                }
                x -= dx;
                y -= dy;
                if (x < s - REACH * left || x > s + REACH * right || y > 0.5 * Math.max(left, right)) {
                    break;
                }
                double step = ComplexIncidentAmplitude.modulus(dx, dy);
                if (step < WIDTH_FRACTION * Math.abs(y) || step < RELATIVE_STEP * Math.abs(x)) {
                    converged = true;
                    break;
                }
            }
            if (converged && y < 0 && x > lo && x < hi) {
                double gamma = -2 * y;
                out.add(new Resonance(x, gamma, x / gamma, Double.NaN, Double.NaN, true, Double.NaN));
            }
        }
        return out;
    }
}

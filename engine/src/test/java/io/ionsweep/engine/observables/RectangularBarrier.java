package io.ionsweep.engine.observables;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The rectangular barrier's closed form in complex energy, and a secant solver to find its poles (test code only). */
final class RectangularBarrier {
    private RectangularBarrier() {}

    /**
     * 1/t of a barrier of {@code heightEv} x {@code widthA} between leads at 0: cos(Kd) - i (k^2 + K^2)/(2kK) sin(Kd);
     * its zeros are the barrier's poles.
     *
     * @param f 2m/hbar^2 in 1/(eV A^2)
     */
    static C inverseT(C e, double heightEv, double widthA, double f) {
        C k = e.times(f).sqrt();
        C kk = e.minus(C.of(heightEv)).times(f).sqrt();
        C kd = kk.times(widthA);
        C ratio = k.times(k).plus(kk.times(kk)).div(k.times(kk).times(2));
        return kd.cos().minus(new C(0, 1).times(ratio).times(kd.sin()));
    }

    /**
     * The barrier's poles with E_r up to {@code eHiEv}, by E_r, for an ion of {@code massU}: from each seed
     * K d = n pi - (i/2) ln((r + 1)/(r - 1)), r = (k^2 + K^2)/(2kK) taken at K d = n pi, the secant method on
     * {@link #inverseT} in K d.
     */
    static List<C> poles(double heightEv, double widthA, double massU, double eHiEv) {
        double f = PhysicalConstants.waveNumberFactor(massU);
        UnaryOperator<C> energy = kd -> kd.times(kd).times(1 / (f * widthA * widthA)).plus(C.of(heightEv));
        List<C> poles = new ArrayList<>();
        for (int n = 1; ; n++) {
            double kk = n * Math.PI / widthA;
            double k = Math.sqrt(kk * kk + f * heightEv);
            double r = (k * k + kk * kk) / (2 * k * kk);
            C seed = new C(n * Math.PI, -0.5 * Math.log((r + 1) / (r - 1)));
            C kd = secant(x -> inverseT(energy.apply(x), heightEv, widthA, f), seed, seed.plus(new C(1e-4, -1e-4)));
            C e = energy.apply(kd);
            if (e.re() > eHiEv) {
                return poles;
            }
            poles.add(e);
        }
    }

    /** A zero of fn by the secant method from z0 and z1, to 1e-15 relative (or where the differences vanish). */
    static C secant(UnaryOperator<C> fn, C z0, C z1) {
        C f0 = fn.apply(z0);
        C f1 = fn.apply(z1);
        for (int i = 0; i < 200 && z1.minus(z0).abs() > 1e-15 * z1.abs() && f1.minus(f0).abs() > 0; i++) {
            C z2 = z1.minus(f1.times(z1.minus(z0)).div(f1.minus(f0)));
            z0 = z1;
            f0 = f1;
            z1 = z2;
            f1 = fn.apply(z1);
        }
        return z1;
    }
}

package io.ionsweep.engine.observables;

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

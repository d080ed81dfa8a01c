package io.ionsweep.engine.observables;

/** Minimal complex arithmetic for closed forms in tests (independent of the engine's code). */
record C(double re, double im) {
    static C of(double re) {
        return new C(re, 0);
    }

    C plus(C o) {
        return new C(re + o.re, im + o.im);
    }

    C minus(C o) {
        return new C(re - o.re, im - o.im);
    }

    C times(C o) {
        return new C(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    C times(double s) {
        return new C(re * s, im * s);
    }

    C div(C o) {
        double d = o.re * o.re + o.im * o.im;
        return new C((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    /**
     * The principal square root. The smaller part is the imaginary part divided by twice the larger, not
     * sqrt((r - |re|) / 2), which cancels when |im| is much below |re| (a barrier at an energy just below the axis:
     * an error of 1e-7 in Re q there grew to 100 % of the amplitude by a narrow pole behind three barriers).
     */
    C sqrt() {
        if (re == 0 && im == 0) {
            return this;
        }
        double big = Math.sqrt(0.5 * (abs() + Math.abs(re)));
        double small = Math.abs(im) / (2 * big);
        return re >= 0 ? new C(big, Math.copySign(small, im)) : new C(small, Math.copySign(big, im));
    }

    C cos() {
        return new C(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    C sin() {
        return new C(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }
}

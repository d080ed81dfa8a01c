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

    C sqrt() {
        double r = abs();
        double a = Math.sqrt(0.5 * (r + re));
        double b = Math.sqrt(0.5 * (r - re));
        return new C(a, im < 0 ? -b : b);
    }

    C cos() {
        return new C(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    C sin() {
        return new C(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }
}

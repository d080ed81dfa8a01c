package io.ionsweep.engine.observables;

/** A complex number for the few-per-pole arithmetic of {@link NarrowPoleRefiner}; clarity over speed. */
record ComplexNumber(double re, double im) {
    static final ComplexNumber ONE = new ComplexNumber(1, 0);

    ComplexNumber plus(ComplexNumber o) {
        return new ComplexNumber(re + o.re, im + o.im);
    }

    ComplexNumber minus(ComplexNumber o) {
        return new ComplexNumber(re - o.re, im - o.im);
    }

    ComplexNumber times(ComplexNumber o) {
        return new ComplexNumber(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    ComplexNumber times(double s) {
        return new ComplexNumber(re * s, im * s);
    }

    ComplexNumber dividedBy(ComplexNumber o) {
        // Smith's algorithm: no overflow for large denominators
        if (Math.abs(o.re) >= Math.abs(o.im)) {
            double r = o.im / o.re;
            double den = o.re + o.im * r;
            return new ComplexNumber((re + im * r) / den, (im - re * r) / den);
        }
        double r = o.re / o.im;
        double den = o.re * r + o.im;
        return new ComplexNumber((re * r + im) / den, (im * r - re) / den);
    }

    ComplexNumber conjugate() {
        return new ComplexNumber(re, -im);
    }

    double abs2() {
        return re * re + im * im;
    }

    /** e^{i theta}. */
    static ComplexNumber phase(double theta) {
        return new ComplexNumber(Math.cos(theta), Math.sin(theta));
    }

    /** The principal square root (Re >= 0): for lead wave numbers, the Gamow branch below the real axis. */
    ComplexNumber sqrt() {
        double m = Math.sqrt(re * re + im * im); // no overflow for the energies and wave numbers used here
        if (m == 0) {
            return new ComplexNumber(0, 0);
        }
        if (re >= 0) {
            double r = Math.sqrt(0.5 * (m + re));
            return new ComplexNumber(r, im / (2 * r));
        }
        double i = Math.copySign(Math.sqrt(0.5 * (m - re)), im);
        return new ComplexNumber(im / (2 * i), i);
    }
}

package io.ionsweep.engine.observables;

/** The 7-point Gauss / 15-point Kronrod pair on [-1, 1] (nodes symmetric, listed from the centre out). */
final class GaussKronrod {
    private GaussKronrod() {}

    static final int POINTS = 15;

    /** Kronrod abscissae x_0 = 0, x_1..x_7 > 0 (each used at +-x). */
    static final double[] NODES = {
        0.0,
        0.207784955007898467600689403773245,
        0.405845151377397166906606412076961,
        0.586087235467691130294144845693013,
        0.741531185599394439863864773280788,
        0.864864423359769072789712788640926,
        0.949107912342758524526189684047851,
        0.991455371120812639206854697526329,
    };

    static final double[] KRONROD_WEIGHTS = {
        0.209482141084727828012999174891714,
        0.204432940075298892414161999234649,
        0.190350578064785409913256402421014,
        0.169004726639267902826583426598550,
        0.140653259715525918745189590510238,
        0.104790010322250183839876322541518,
        0.063092092629978553290700663189204,
        0.022935322010529224963732008058970,
    };

    /** Gauss weights of the Kronrod nodes 0, 2, 4, 6 (the 7-point Gauss rule; the others weigh 0). */
    static final double[] GAUSS_WEIGHTS = {
        0.417959183673469387755102040816327,
        0.0,
        0.381830050505118944950369775488975,
        0.0,
        0.279705391489276667901467771423780,
        0.0,
        0.129484966168869693270611432679082,
        0.0,
    };

    /** Fills the 15 abscissae of [a, b]: index 0 the centre, 2i-1 and 2i the pair +-x_i. */
    static void abscissae(double a, double b, double[] out, int offset) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        out[offset] = c;
        for (int i = 1; i < NODES.length; i++) {
            out[offset + 2 * i - 1] = c - h * NODES[i];
            out[offset + 2 * i] = c + h * NODES[i];
        }
    }

    /**
     * {Kronrod estimate, error estimate} of the panel from the 15 values laid out as {@link #abscissae}.
     * The error is QUADPACK's (QK15): |Kronrod - Gauss| scaled by min(1, (200 |K - G| / resasc)^1.5),
     * resasc the Kronrod integral of |f - mean f|, which is close to the true error of the 15-point rule
     * for smooth integrands (|K - G| alone is the error of the 7-point rule, far larger).
     */
    static double[] rule(double a, double b, double[] f, int offset) {
        double h = 0.5 * (b - a);
        double k = KRONROD_WEIGHTS[0] * f[offset];
        double g = GAUSS_WEIGHTS[0] * f[offset];
        for (int i = 1; i < NODES.length; i++) {
            double pair = f[offset + 2 * i - 1] + f[offset + 2 * i];
            k += KRONROD_WEIGHTS[i] * pair;
            g += GAUSS_WEIGHTS[i] * pair;
        }
        double mean = 0.5 * k;
        double asc = KRONROD_WEIGHTS[0] * Math.abs(f[offset] - mean);
        for (int i = 1; i < NODES.length; i++) {
            asc += KRONROD_WEIGHTS[i] * (Math.abs(f[offset + 2 * i - 1] - mean) + Math.abs(f[offset + 2 * i] - mean));
        }
        double err = Math.abs(k - g) * Math.abs(h);
        double resasc = asc * Math.abs(h);
        if (resasc != 0 && err != 0) {
            err = resasc * Math.min(1, Math.pow(QUADPACK_FACTOR * err / resasc, QUADPACK_POWER));
        }
        return new double[] {k * h, err};
    }

    /** The Kronrod weight of abscissa j of {@link #abscissae} on [a, b]. */
    static double weight(double a, double b, int j) {
        return 0.5 * (b - a) * KRONROD_WEIGHTS[(j + 1) / 2];
    }

    /** QUADPACK's error scaling constants. */
    private static final double QUADPACK_FACTOR = 200;
    private static final double QUADPACK_POWER = 1.5;
}

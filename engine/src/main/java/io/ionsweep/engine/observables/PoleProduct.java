package io.ionsweep.engine.observables;

import java.util.List;

/**
 * D(z) = prod (z - p) over a list of poles p = E_p - i Gamma_p / 2, as a mantissa and a binary exponent,
 * so that a secant iteration can divide known zeros out with one product per new iterate (the ratio
 * D(z1) / D(z0) reuses the previous iterate's product) and no division per pole.
 *
 * <p>The poles are multiplied in four interleaved chains (pole k into chain k mod 4: the chains are
 * independent, so the processor overlaps them), each brought back near 1 by an exact power of two when a
 * check every {@link #RESCALE_EVERY} factors finds it far from 1; the order is fixed, so the result is the
 * same on every machine (and the rescaling, being exact, does not change it). A factor's modulus lies
 * between the spacing of doubles at the energies involved (above 2^-75 unless z sits on a pole's E_p to
 * the last bit) and a few eV, so a chain stays normal between rescalings; where it does not, the product
 * underflows to 0, which a secant iteration reads as an iterate on a known zero.
 */
final class PoleProduct {
    private static final int CHAINS = 4;
    /** Factors per chain between range checks: 8 factors of modulus in [2^-75, 2^10] keep a chain normal. */
    private static final int RESCALE_EVERY = 8;
    private static final double RANGE_LO = 0x1p-400;
    private static final double RANGE_HI = 0x1p400;

    private final double[] re;
    private final double[] im;

    PoleProduct(List<Pole> poles) {
        int n = poles.size();
        re = new double[n];
        im = new double[n];
        for (int k = 0; k < n; k++) {
            Pole p = poles.get(k);
            re[k] = p.energyEv();
            im[k] = -0.5 * p.widthEv();
        }
    }

    /**
     * D(zr + i zi) into {@code out} as {mantissa re, mantissa im} with the binary exponent returned:
     * D = (out[0] + i out[1]) 2^exponent. The mantissa is 0 exactly where z is one of the poles.
     */
    long at(double zr, double zi, double[] out) {
        // the four chains in locals, so that they stay in registers
        double r0 = 1;
        double i0 = 0;
        double r1 = 1;
        double i1 = 0;
        double r2 = 1;
        double i2 = 0;
        double r3 = 1;
        double i3 = 0;
        long exponent = 0;
        int n = re.length;
        int k = 0;
        while (k < n) {
            int end = Math.min(n, k + CHAINS * RESCALE_EVERY);
            for (; k < end; k += CHAINS) {
                double fr = zr - re[k];
                double fi = zi - im[k];
                double t = r0 * fr - i0 * fi;
                i0 = r0 * fi + i0 * fr;
                r0 = t;
                if (k + 3 < end) {
                    fr = zr - re[k + 1];
                    fi = zi - im[k + 1];
                    t = r1 * fr - i1 * fi;
                    i1 = r1 * fi + i1 * fr;
                    r1 = t;
                    fr = zr - re[k + 2];
                    fi = zi - im[k + 2];
                    t = r2 * fr - i2 * fi;
                    i2 = r2 * fi + i2 * fr;
                    r2 = t;
                    fr = zr - re[k + 3];
                    fi = zi - im[k + 3];
                    t = r3 * fr - i3 * fi;
                    i3 = r3 * fi + i3 * fr;
                    r3 = t;
                } else {
                    // the last n mod 4 poles, pole k into chain k mod 4 as above
                    for (int c = 1; k + c < end; c++) {
                        fr = zr - re[k + c];
                        fi = zi - im[k + c];
                        if (c == 1) {
                            t = r1 * fr - i1 * fi;
                            i1 = r1 * fi + i1 * fr;
                            r1 = t;
                        } else {
                            t = r2 * fr - i2 * fi;
                            i2 = r2 * fi + i2 * fr;
                            r2 = t;
                        }
                    }
                }
            }
            // rescaled when far from 1, and every chain into [1, 2) before they are multiplied together
            if (k >= n || outOfRange(r0, i0) || outOfRange(r1, i1) || outOfRange(r2, i2) || outOfRange(r3, i3)) {
                int e0 = exponentOf(r0, i0);
                int e1 = exponentOf(r1, i1);
                int e2 = exponentOf(r2, i2);
                int e3 = exponentOf(r3, i3);
                r0 = Math.scalb(r0, -e0);
                i0 = Math.scalb(i0, -e0);
                r1 = Math.scalb(r1, -e1);
                i1 = Math.scalb(i1, -e1);
                r2 = Math.scalb(r2, -e2);
                i2 = Math.scalb(i2, -e2);
                r3 = Math.scalb(r3, -e3);
                i3 = Math.scalb(i3, -e3);
                exponent += (long) e0 + e1 + e2 + e3;
            }
        }
        double mr = r0 * r1 - i0 * i1;
        double mi = r0 * i1 + i0 * r1;
        double t = mr * r2 - mi * i2;
        mi = mr * i2 + mi * r2;
        mr = t;
        t = mr * r3 - mi * i3;
        mi = mr * i3 + mi * r3;
        out[0] = t;
        out[1] = mi;
        return exponent;
    }

    /** Whether a chain's modulus has left [2^-400, 2^400] (or is 0): within it 8 more factors keep it normal. */
    private static boolean outOfRange(double r, double i) {
        double big = Math.max(Math.abs(r), Math.abs(i));
        return !(big >= RANGE_LO && big <= RANGE_HI);
    }

    /** The binary exponent of the larger part, 0 for 0 (or a non-finite chain, left as it is). */
    private static int exponentOf(double r, double i) {
        double big = Math.max(Math.abs(r), Math.abs(i));
        return big == 0 || !Double.isFinite(big) ? 0 : Math.getExponent(big);
    }
}

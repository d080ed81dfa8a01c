package io.ionsweep.engine.observables;

import java.util.List;

/**
 * D(z) = prod (z - p) over a list of poles p = E_p - i Gamma_p / 2, as a mantissa and a binary exponent,
 * so that a secant iteration can divide known zeros out with one product per new iterate (the ratio
 * D(z1) / D(z0) reuses the previous iterate's product) and no division per pole.
 *
 * <p>The poles are multiplied in four interleaved chains (pole k into chain k mod 4: the chains are
 * independent, so the processor overlaps them), each brought back near 1 by an exact power of two every
 * {@link #RESCALE_EVERY} factors; the order is fixed, so the result is the same on every machine. A
 * factor's modulus lies between the spacing of doubles at the energies involved (above 2^-100 unless z sits
 * on a pole's E_p to the last bit) and a few eV, so a chain stays normal between rescalings; where it does
 * not, the product underflows to 0, which a secant iteration reads as an iterate on a known zero.
 */
final class PoleProduct {
    private static final int CHAINS = 4;
    /** Factors per chain between rescalings: 8 factors of modulus in [2^-100, 2^10] keep a chain normal. */
    private static final int RESCALE_EVERY = 8;

    private final double[] re;
    private final double[] im;
    private final double[] chainRe = new double[CHAINS];
    private final double[] chainIm = new double[CHAINS];
    private final long[] chainExp = new long[CHAINS];

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

    /** Number of poles divided out. */
    int size() {
        return re.length;
    }

    /**
     * D(zr + i zi) into {@code out} as {mantissa re, mantissa im} with the binary exponent returned:
     * D = (out[0] + i out[1]) 2^exponent. The mantissa is 0 exactly where z is one of the poles.
     */
    long at(double zr, double zi, double[] out) {
        for (int c = 0; c < CHAINS; c++) {
            chainRe[c] = 1;
            chainIm[c] = 0;
            chainExp[c] = 0;
        }
        int n = re.length;
        int k = 0;
        while (k < n) {
            int end = Math.min(n, k + CHAINS * RESCALE_EVERY);
            for (; k + CHAINS <= end; k += CHAINS) {
                for (int c = 0; c < CHAINS; c++) {
                    multiply(c, zr - re[k + c], zi - im[k + c]);
                }
            }
            for (int c = 0; k < end; k++, c++) {
                multiply(c, zr - re[k], zi - im[k]);
            }
            for (int c = 0; c < CHAINS; c++) {
                rescale(c);
            }
        }
        double mr = chainRe[0];
        double mi = chainIm[0];
        long exponent = chainExp[0];
        for (int c = 1; c < CHAINS; c++) {
            double nr = mr * chainRe[c] - mi * chainIm[c];
            mi = mr * chainIm[c] + mi * chainRe[c];
            mr = nr;
            exponent += chainExp[c];
        }
        out[0] = mr;
        out[1] = mi;
        return exponent;
    }

    private void multiply(int c, double fr, double fi) {
        double r = chainRe[c];
        double i = chainIm[c];
        chainRe[c] = r * fr - i * fi;
        chainIm[c] = r * fi + i * fr;
    }

    /** Divides chain c by the power of two nearest its modulus (exact), unless it is 0. */
    private void rescale(int c) {
        double big = Math.max(Math.abs(chainRe[c]), Math.abs(chainIm[c]));
        if (big == 0 || !Double.isFinite(big)) {
            return;
        }
        int e = Math.getExponent(big);
        chainRe[c] = Math.scalb(chainRe[c], -e);
        chainIm[c] = Math.scalb(chainIm[c], -e);
        chainExp[c] += e;
    }
}

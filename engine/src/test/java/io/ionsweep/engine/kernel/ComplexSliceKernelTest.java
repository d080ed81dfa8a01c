package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The complex slice coefficients against the power series of cosh(sqrt(lambda) d) and
 * sinh(sqrt(lambda) d)/sqrt(lambda) in lambda (entire functions, summed term by term: no square root,
 * no exponential, no branch), and against e^{+-qd} where the slice is opaque; and every kernel against
 * the scalar one bit for bit, at pair counts that are not multiples of any lane count.
 */
class ComplexSliceKernelTest {
    private static final int F = ComplexSliceKernel.FIELDS;

    /** Pairs as profiles have them, with some exactly at the energy (lambda = 0) and some tiny qd. */
    private static double[][] pairs(SplittableRandom rnd, int count, double eRe) {
        double[] v = new double[count];
        double[] w = new double[count];
        for (int p = 0; p < count; p++) {
            int kind = rnd.nextInt(6);
            v[p] = kind == 0 ? eRe : kind == 1 ? eRe + rnd.nextDouble(-1e-9, 1e-9) : rnd.nextDouble(-0.2, 0.6);
            w[p] = kind == 2 ? rnd.nextDouble(1e-6, 1e-3) : rnd.nextDouble(0.01, 4);
        }
        return new double[][] {v, w};
    }

    @Test
    void coefficientsMatchThePowerSeriesInLambda() {
        SplittableRandom rnd = new SplittableRandom(20261201L);
        for (ComplexSliceKernel kernel : Kernels.availableComplexSlices()) {
            int checked = 0;
            for (int trial = 0; trial < 400; trial++) {
                double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
                double eRe = rnd.nextDouble(1e-3, 0.4);
                double eIm = trial % 3 == 0 ? 0 : -Math.pow(10, rnd.nextDouble(-12, -1)) * (trial % 3 == 1 ? 1 : -0.2);
                int count = 1 + rnd.nextInt(23);
                double[][] s = pairs(rnd, count, eRe);
                double[] out = new double[F * count];
                kernel.coefficients(s[0], s[1], count, factor, eRe, eIm, out);
                for (int p = 0; p < count; p++) {
                    double d = s[1][p];
                    double lr = factor * (s[0][p] - eRe);
                    double li = -factor * eIm;
                    // the series converges fast and without cancellation only for moderate |lambda| d^2
                    if (Math.hypot(lr, li) * d * d > 9) {
                        continue;
                    }
                    checkAgainstSeries(out, count, p, lr, li, d, kernel.name());
                    checked++;
                }
            }
            assertTrue(checked > 2000, "only " + checked + " pairs in the series' range");
        }
    }

    /** Sums c, s, dc/dlambda, ds/dlambda term by term; every coefficient within 1e-13 of the terms' size. */
    private static void checkAgainstSeries(double[] out, int count, int p, double lr, double li, double d, String name) {
        // term n of c: lambda^n d^{2n} / (2n)!; of s: lambda^n d^{2n+1} / (2n+1)!
        double cr = 0, ci = 0, sr = 0, si = 0, dcr = 0, dci = 0, dsr = 0, dsi = 0, size = 0;
        double pr = 1, pi = 0; // lambda^n
        double ppr = 0, ppi = 0; // lambda^{n-1}
        double dd = 1; // d^{2n} / (2n)!
        for (int n = 0; n < 60; n++) {
            double sn = dd * d / (2 * n + 1);
            cr += pr * dd;
            ci += pi * dd;
            sr += pr * sn;
            si += pi * sn;
            dcr += n * ppr * dd;
            dci += n * ppi * dd;
            dsr += n * ppr * sn;
            dsi += n * ppi * sn;
            size += Math.hypot(pr, pi) * (dd + sn) + n * Math.hypot(ppr, ppi) * (dd + sn);
            ppr = pr;
            ppi = pi;
            double t = pr * lr - pi * li;
            pi = pr * li + pi * lr;
            pr = t;
            dd = dd * d * d / ((2 * n + 1) * (2 * n + 2));
        }
        // the kernel's scaling: everything times e^{-Re(qd)}, q = sqrt(lambda) with Re q >= 0 (from
        // (|lambda| - Re lambda)/2 where Re lambda < 0: (|lambda| + Re lambda)/2 would cancel)
        double m = Math.hypot(lr, li);
        double reQ = lr >= 0 ? Math.sqrt(0.5 * (m + lr)) : Math.abs(li) / (2 * Math.sqrt(0.5 * (m - lr)));
        double scale = Math.exp(-reQ * d);
        double tol = 1e-13 * size * scale + Double.MIN_NORMAL;
        String at = name + " lambda = " + lr + " + " + li + "i, d = " + d;
        assertEquals(cr * scale, out[ComplexSliceKernel.C0R * count + p], tol, "c~ re, " + at);
        assertEquals(ci * scale, out[ComplexSliceKernel.C0I * count + p], tol, "c~ im, " + at);
        assertEquals(sr * scale, out[ComplexSliceKernel.S0R * count + p], tol, "s~ re, " + at);
        assertEquals(si * scale, out[ComplexSliceKernel.S0I * count + p], tol, "s~ im, " + at);
        double gTol = tol * Math.max(1, Math.hypot(lr, li));
        assertEquals(-(lr * sr - li * si) * scale, out[ComplexSliceKernel.GR * count + p], gTol, "g re, " + at);
        assertEquals(-(lr * si + li * sr) * scale, out[ComplexSliceKernel.GI * count + p], gTol, "g im, " + at);
        double dTol = tol * Math.max(1, d * d);
        assertEquals(dcr * scale, out[ComplexSliceKernel.DCR * count + p], dTol, "dc re, " + at);
        assertEquals(dci * scale, out[ComplexSliceKernel.DCI * count + p], dTol, "dc im, " + at);
        assertEquals(dsr * scale, out[ComplexSliceKernel.DSR * count + p], dTol, "ds re, " + at);
        assertEquals(dsi * scale, out[ComplexSliceKernel.DSI * count + p], dTol, "ds im, " + at);
        assertEquals((sr + lr * dsr - li * dsi) * scale, out[ComplexSliceKernel.UR * count + p], gTol, "u re, " + at);
        assertEquals((si + lr * dsi + li * dsr) * scale, out[ComplexSliceKernel.UI * count + p], gTol, "u im, " + at);
        assertEquals(reQ * d, out[ComplexSliceKernel.QD * count + p], 1e-15 * (1 + Math.sqrt(m) * d), "Re(q) d, " + at);
    }

    @Test
    void opaqueSlicesMatchTheirExponentials() {
        // Re(qd) from 3 to 60: c~ = (e^{i Im qd} + e^{-2 Re qd} e^{-i Im qd}) / 2, s~ = (the same with -) / (2q)
        SplittableRandom rnd = new SplittableRandom(11);
        for (ComplexSliceKernel kernel : Kernels.availableComplexSlices()) {
            for (int trial = 0; trial < 2000; trial++) {
                double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
                double d = rnd.nextDouble(0.2, 5);
                double eRe = rnd.nextDouble(1e-3, 0.2);
                double eIm = -Math.pow(10, rnd.nextDouble(-14, -2));
                double v = eRe + rnd.nextDouble(0.05, 1.0);
                double[] out = new double[F];
                kernel.coefficients(new double[] {v}, new double[] {d}, 1, factor, eRe, eIm, out);
                double lr = factor * (v - eRe);
                double li = -factor * eIm;
                double m = Math.hypot(lr, li);
                double qr = Math.sqrt(0.5 * (m + lr));
                double qi = li / (2 * qr);
                double far = Math.exp(-2 * qr * d);
                double cos = Math.cos(qi * d);
                double sin = Math.sin(qi * d);
                double cr = 0.5 * (cos + far * cos);
                double ci = 0.5 * (sin - far * sin);
                double nr = 0.5 * (cos - far * cos);
                double ni = 0.5 * (sin + far * sin);
                double qq = qr * qr + qi * qi;
                double sr = (nr * qr + ni * qi) / qq;
                double si = (ni * qr - nr * qi) / qq;
                String at = kernel.name() + " lambda = " + lr + " + " + li + "i, d = " + d;
                assertEquals(cr, out[ComplexSliceKernel.C0R], 1e-14, at);
                assertEquals(ci, out[ComplexSliceKernel.C0I], 1e-14, at);
                assertEquals(sr, out[ComplexSliceKernel.S0R], 1e-14 / Math.sqrt(qq), at);
                assertEquals(si, out[ComplexSliceKernel.S0I], 1e-14 / Math.sqrt(qq), at);
                assertEquals(qr * d, out[ComplexSliceKernel.QD], 1e-14 * qr * d, at);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 13, 17, 31, 97, 149})
    void everyKernelEqualsTheScalarOneBitForBit(int count) {
        SplittableRandom rnd = new SplittableRandom(5 + count);
        List<ComplexSliceKernel> kernels = Kernels.availableComplexSlices();
        ComplexSliceKernel scalar = kernels.get(0);
        for (int trial = 0; trial < 200; trial++) {
            double factor = PhysicalConstants.waveNumberFactor(rnd.nextDouble(1, 140));
            double eRe = rnd.nextDouble(1e-3, 0.4);
            // on the axis, near it, far below, above, and so close that |lambda| needs hypot
            double eIm = switch (trial % 5) {
                case 0 -> 0;
                case 1 -> -Math.pow(10, rnd.nextDouble(-40, -8));
                case 2 -> -rnd.nextDouble(1e-4, 0.1);
                case 3 -> rnd.nextDouble(1e-6, 0.01);
                default -> -1e-160;
            };
            double[][] s = pairs(rnd, count, eRe);
            double[] expected = new double[F * count];
            scalar.coefficients(s[0], s[1], count, factor, eRe, eIm, expected);
            for (ComplexSliceKernel kernel : kernels) {
                double[] out = new double[F * count];
                kernel.coefficients(s[0], s[1], count, factor, eRe, eIm, out);
                for (int i = 0; i < out.length; i++) {
                    assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]),
                            kernel.name() + " trial " + trial + ", field " + i / count + ", pair " + i % count);
                }
            }
        }
    }
}

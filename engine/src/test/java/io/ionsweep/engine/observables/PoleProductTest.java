package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PoleProduct} against the product computed in 60-digit decimal arithmetic, and where doubles cannot hold it. */
class PoleProductTest {
    private static final MathContext MC = new MathContext(60);

    @Test
    void matchesTheExactProductOfSeededRandomPoles() {
        Random rnd = new Random(8);
        for (int n : new int[] {0, 1, 3, 7, 31, 37, 101, 397}) {
            List<Pole> poles = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                poles.add(new Pole(0.5 * rnd.nextDouble(), 0.2 * rnd.nextDouble() * rnd.nextDouble()));
            }
            double zr = 0.5 * rnd.nextDouble();
            double zi = -0.05 * rnd.nextDouble();
            double[] m = new double[2];
            long e = new PoleProduct(poles).at(zr, zi, m);
            BigDecimal[] exact = exactProduct(poles, zr, zi);
            BigDecimal scale = new BigDecimal(2).pow((int) Math.abs(e), MC);
            BigDecimal re = e >= 0 ? new BigDecimal(m[0]).multiply(scale, MC) : new BigDecimal(m[0]).divide(scale, MC);
            BigDecimal im = e >= 0 ? new BigDecimal(m[1]).multiply(scale, MC) : new BigDecimal(m[1]).divide(scale, MC);
            double modulus = Math.hypot(exact[0].doubleValue(), exact[1].doubleValue());
            // each factor rounds twice (difference, product): about 4 n units of roundoff at worst
            double tol = (4.0 * n + 4) * Math.ulp(1.0) * modulus;
            assertEquals(0, re.subtract(exact[0]).abs().doubleValue(), tol, "re, n = " + n);
            assertEquals(0, im.subtract(exact[1]).abs().doubleValue(), tol, "im, n = " + n);
        }
    }

    @Test
    void keepsProductsFarOutsideTheDoubleRange() {
        // 600 factors of modulus 1e-3 (10^-1800) and 600 of modulus 30 (about 10^886)
        for (double distance : new double[] {1e-3, 30}) {
            List<Pole> poles = new ArrayList<>();
            Random rnd = new Random(17);
            double zr = 0.2;
            double zi = -0.01;
            for (int k = 0; k < 600; k++) {
                double phase = 2 * Math.PI * rnd.nextDouble();
                // the pole at z - distance e^{i phase}, width kept non-negative by the choice of zi
                poles.add(new Pole(zr - distance * Math.cos(phase), Math.max(0, -2 * (zi - distance * Math.sin(phase)))));
            }
            double[] m = new double[2];
            long e = new PoleProduct(poles).at(zr, zi, m);
            double log2 = 0;
            for (Pole p : poles) {
                log2 += Math.log(Math.hypot(zr - p.energyEv(), zi + 0.5 * p.widthEv())) / Math.log(2);
            }
            double got = e + Math.log(Math.hypot(m[0], m[1])) / Math.log(2);
            assertTrue(Double.isFinite(m[0]) && Double.isFinite(m[1]) && Math.hypot(m[0], m[1]) > 0);
            assertEquals(log2, got, 1e-9 * Math.abs(log2), "log2 |D| at distance " + distance);
        }
    }

    @Test
    void vanishesExactlyOnAPole() {
        List<Pole> poles = List.of(new Pole(0.1, 0.02), new Pole(0.2, 0.04), new Pole(0.3, 0.0));
        double[] m = new double[2];
        new PoleProduct(poles).at(0.2, -0.02, m);
        assertEquals(0, Math.hypot(m[0], m[1]));
        new PoleProduct(poles).at(0.3, 0, m);
        assertEquals(0, Math.hypot(m[0], m[1]));
    }

    private static BigDecimal[] exactProduct(List<Pole> poles, double zr, double zi) {
        BigDecimal re = BigDecimal.ONE;
        BigDecimal im = BigDecimal.ZERO;
        BigDecimal r = new BigDecimal(zr);
        BigDecimal i = new BigDecimal(zi);
        for (Pole p : poles) {
            BigDecimal fr = r.subtract(new BigDecimal(p.energyEv()), MC);
            BigDecimal fi = i.add(new BigDecimal(0.5 * p.widthEv()), MC);
            BigDecimal nr = re.multiply(fr, MC).subtract(im.multiply(fi, MC), MC);
            im = re.multiply(fi, MC).add(im.multiply(fr, MC), MC);
            re = nr;
        }
        return new BigDecimal[] {re, im};
    }
}

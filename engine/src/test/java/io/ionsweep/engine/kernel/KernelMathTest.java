package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** KernelMath against StrictMath (fdlibm, correctly rounded to within 1 ulp) in ulps of the true value. */
class KernelMathTest {
    private static final int SAMPLES = 400_000;

    private static double worstUlps(DoubleUnaryOperator mine, DoubleUnaryOperator truth, double lo, double hi,
                                    boolean logUniform, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double worst = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = logUniform ? Math.exp(rnd.nextDouble(Math.log(lo), Math.log(hi))) : rnd.nextDouble(lo, hi);
            double expected = truth.applyAsDouble(x);
            double got = mine.applyAsDouble(x);
            double ulps = Math.abs(got - expected) / Math.ulp(expected);
            worst = Math.max(worst, ulps);
        }
        return worst;
    }

    @Test
    void expm1IsWithinTwoUlpsFromTinyToSaturation() {
        DoubleUnaryOperator mine = m -> KernelMath.expm1NonPositive(-m);
        DoubleUnaryOperator truth = m -> StrictMath.expm1(-m);
        double w1 = worstUlps(mine, truth, 1e-300, 1e-12, true, 1);
        double w2 = worstUlps(mine, truth, 0, 60, false, 2);
        double w3 = worstUlps(mine, truth, 1e-12, 2, true, 3);
        System.out.printf("expm1 worst ulps: %.2f %.2f %.2f%n", w1, w2, w3);
        assertTrue(Math.max(w1, Math.max(w2, w3)) <= 2, "worst " + Math.max(w1, Math.max(w2, w3)));
        assertEquals(0.0, KernelMath.expm1NonPositive(0.0));
        assertEquals(-1.0, KernelMath.expm1NonPositive(-1e300));
    }

    @Test
    void expIsWithinOneUlpDownToTheSubnormals() {
        DoubleUnaryOperator mine = m -> KernelMath.expNonPositive(-m);
        DoubleUnaryOperator truth = m -> StrictMath.exp(-m);
        double w1 = worstUlps(mine, truth, 1e-300, 1e-3, true, 4);
        double w2 = worstUlps(mine, truth, 0, 708, false, 5);
        System.out.printf("exp worst ulps: %.2f %.2f%n", w1, w2);
        assertTrue(Math.max(w1, w2) <= 1, "worst " + Math.max(w1, w2));
        // subnormal results: within one subnormal step (they carry fewer bits, rounded once)
        SplittableRandom rnd = new SplittableRandom(6);
        for (int i = 0; i < 100_000; i++) {
            double x = -rnd.nextDouble(708.4, 745.2);
            assertEquals(StrictMath.exp(x), KernelMath.expNonPositive(x), Double.MIN_VALUE, "x = " + x);
        }
        assertEquals(1.0, KernelMath.expNonPositive(0.0));
        assertEquals(0.0, KernelMath.expNonPositive(-746));
        assertEquals(0.0, KernelMath.expNonPositive(-1e300));
    }

    @Test
    void sinAndCosAreWithinTwoUlpsUpToAMillionRadians() {
        // ulps of the result, but near zeros of sin/cos the absolute error (~1e-16) is what matters: measure it there.
        DoubleUnaryOperator sinErr = x -> Math.abs(KernelMath.sinNonNegative(x) - StrictMath.sin(x))
                / Math.max(Math.ulp(StrictMath.sin(x)), Math.ulp(0.5));
        DoubleUnaryOperator cosErr = x -> Math.abs(KernelMath.cosNonNegative(x) - StrictMath.cos(x))
                / Math.max(Math.ulp(StrictMath.cos(x)), Math.ulp(0.5));
        SplittableRandom rnd = new SplittableRandom(9);
        double w = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = rnd.nextDouble(0, 1e6) * (i % 4 == 0 ? 1e-6 : i % 4 == 1 ? 1e-3 : 1);
            w = Math.max(w, sinErr.applyAsDouble(x));
            w = Math.max(w, cosErr.applyAsDouble(x));
        }
        System.out.printf("sin/cos worst (ulps of max(|f|, 1/2)): %.2f%n", w);
        assertTrue(w <= 2, "worst " + w);
        assertEquals(0.0, KernelMath.sinNonNegative(0.0));
        assertEquals(1.0, KernelMath.cosNonNegative(0.0));
    }

    @Test
    void logIsWithinOneUlpIncludingSubnormals() {
        double w1 = worstUlps(KernelMath::log, StrictMath::log, 1e-300, 1e300, true, 4);
        double w2 = worstUlps(KernelMath::log, StrictMath::log, 0.5, 2, false, 5);
        double w3 = worstUlps(KernelMath::log, StrictMath::log, Double.MIN_VALUE, Double.MIN_NORMAL, true, 6);
        System.out.printf("log worst ulps: %.2f %.2f %.2f%n", w1, w2, w3);
        assertTrue(Math.max(w1, Math.max(w2, w3)) <= 1, "worst " + Math.max(w1, Math.max(w2, w3)));
        assertEquals(0.0, KernelMath.log(1.0));
    }

    @Test
    void log1pAndSoftplusAreWithinTwoUlps() {
        double w1 = worstUlps(KernelMath::log1pNonNegative, StrictMath::log1p, 1e-300, 1, true, 10);
        double w2 = worstUlps(KernelMath::log1pNonNegative, StrictMath::log1p, 0, 1, false, 11);
        // softplus(y) = ln(1 + e^y), in ulps of max(result, 1): e^y comes from expm1(y) + 1, so where it
        // is small the error is absolute (about 1e-16), which is what ln T = -softplus needs (T near 1).
        SplittableRandom rnd = new SplittableRandom(12);
        double w3 = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double y = rnd.nextDouble(-60, 700);
            double expected = y > 0 ? y + StrictMath.log1p(StrictMath.exp(-y)) : StrictMath.log1p(StrictMath.exp(y));
            w3 = Math.max(w3, Math.abs(KernelMath.softplus(y) - expected) / Math.ulp(Math.max(expected, 1.0)));
        }
        System.out.printf("log1p worst ulps: %.2f %.2f, softplus %.2f%n", w1, w2, w3);
        assertTrue(Math.max(w1, Math.max(w2, w3)) <= 2, "worst " + Math.max(w1, Math.max(w2, w3)));
        assertEquals(0.0, KernelMath.softplus(Double.NEGATIVE_INFINITY));
        assertEquals(1000.0, KernelMath.softplus(1000.0));
    }
}

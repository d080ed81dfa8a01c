package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FastMath against the library functions (StrictMath, correctly rounded to within an ulp). */
class FastMathTest {
    /** Allowed error in ulps of the exact value. */
    private static final double ULPS = 8;

    @Test
    void expm1SinhCoshAgreeWithTheLibraryToAFewUlps() {
        SplittableRandom rnd = new SplittableRandom(7);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            // magnitudes from 1e-12 to 30, both signs, dense around the series switch at 0.5
            double x = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, rnd.nextDouble(-12, Math.log10(30)));
            worst = Math.max(worst, ulpsOff(FastMath.expm1(x), StrictMath.expm1(x)));
            worst = Math.max(worst, ulpsOff(FastMath.sinh(x), StrictMath.sinh(x)));
            worst = Math.max(worst, ulpsOff(FastMath.cosh(x), StrictMath.cosh(x)));
        }
        for (double x : new double[] {0.5, -0.5, Math.nextDown(0.5), Math.nextUp(-0.5), 1e-300, -1e-300}) {
            worst = Math.max(worst, ulpsOff(FastMath.expm1(x), StrictMath.expm1(x)));
            worst = Math.max(worst, ulpsOff(FastMath.sinh(x), StrictMath.sinh(x)));
        }
        System.out.printf("FastMath: worst error %.2f ulps%n", worst);
        assertTrue(worst <= ULPS, "worst " + worst + " ulps");
    }

    @Test
    void exactValuesAtZero() {
        assertEquals(0.0, FastMath.expm1(0.0));
        assertEquals(0.0, FastMath.sinh(0.0));
        assertEquals(1.0, FastMath.cosh(0.0));
    }

    private static double ulpsOff(double got, double exact) {
        return Math.abs(got - exact) / Math.ulp(exact);
    }
}

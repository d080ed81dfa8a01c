package io.ionsweep.engine.sweep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RangeAxisTest {

    @Test
    void linearRangeHitsEndsAndSpacesEvenly() {
        RangeAxis a = new RangeAxis("bias_mV", -100, 100, 5, Scale.LINEAR);
        double[] expected = {-100, -50, 0, 50, 100};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], a.value(i), 1e-12);
        }
        assertTrue(a.varies());
        assertEquals(-100, a.min());
        assertEquals(100, a.max());
    }

    @Test
    void logRangeHasEqualRatiosAndExactEnds() {
        RangeAxis a = new RangeAxis("temperature_K", 1, 1000, 4, Scale.LOG);
        assertEquals(1.0, a.value(0));
        assertEquals(10.0, a.value(1), 1e-12);
        assertEquals(100.0, a.value(2), 1e-10);
        assertEquals(1000.0, a.value(3));
        // Log-uniform sampling: u = 1/3 lands on the decade boundary 10.
        assertEquals(10.0, a.sample(1.0 / 3), 1e-9);
        assertEquals(1.0, a.sample(0.0));
    }

    @Test
    void samplesStayInsideTheRange() {
        RangeAxis a = RangeAxis.continuous("well_width_A", 0.3, 3.0, Scale.LOG);
        for (double u = 0; u < 1; u += 1e-3) {
            double v = a.sample(u);
            assertTrue(v >= 0.3 && v <= 3.0, "u=" + u + " gives " + v);
        }
        assertEquals(3.0, a.sample(Math.nextDown(1.0)), 1e-12);
        assertThrows(IllegalStateException.class, a::size);
    }

    @Test
    void singleValueRange() {
        RangeAxis a = new RangeAxis("mass_factor", 2, 2, 1, Scale.LINEAR);
        assertEquals(1, a.size());
        assertEquals(2.0, a.value(0));
        assertFalse(a.varies());
    }

    @Test
    void impossibleRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 2, 1, 3, Scale.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 0, 1, 3, Scale.LOG));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", -2, -1, 3, Scale.LOG));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 1, 2, 1, Scale.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 1, 1, 3, Scale.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 1, 2, -1, Scale.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> new RangeAxis("x", 1, Double.NaN, 2, Scale.LINEAR));
    }

    @Test
    void listAxisSamplesEveryEntryWithEqualProbability() {
        ListAxis a = new ListAxis("sites", new double[] {1, 2, 3, 4});
        int[] hits = new int[4];
        int n = 4000;
        for (int i = 0; i < n; i++) {
            hits[(int) a.sample((i + 0.5) / n) - 1]++;
        }
        for (int h : hits) {
            assertEquals(n / 4, h);
        }
        assertEquals(4.0, a.sample(Math.nextDown(1.0)));
    }
}

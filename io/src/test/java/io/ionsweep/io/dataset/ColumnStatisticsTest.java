package io.ionsweep.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnStatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        var odd = DatasetInspection.of("x", "eV", new double[] {5, 1, 3});
        assertEquals(1, odd.min());
        assertEquals(3, odd.median());
        assertEquals(5, odd.max());
        var even = DatasetInspection.of("x", "eV", new double[] {4, 1, 3, 2});
        assertEquals(2.5, even.median(), "mean of the middle two");
        assertEquals(4, even.count());
    }

    @Test
    void nanIsCountedButNotOrderedAndInfinitiesAreKept() {
        var s = DatasetInspection.of("log10_t", "", new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -3, -1, Double.NaN});
        assertEquals(5, s.count());
        assertEquals(1 + 1, s.nanCount());
        assertEquals(Double.NEGATIVE_INFINITY, s.min());
        assertEquals(-3, s.median());
        assertEquals(-1, s.max());
        var allNan = DatasetInspection.of("y", "", new double[] {Double.NaN});
        assertTrue(Double.isNaN(allNan.min()) && Double.isNaN(allNan.median()) && allNan.nanCount() == 1);
    }
}

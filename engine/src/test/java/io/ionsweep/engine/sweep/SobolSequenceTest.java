package io.ionsweep.engine.sweep;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SobolSequenceTest {

    /**
     * Published unscrambled Sobol points (Joe-Kuo direction numbers, Gray-code order, origin first):
     * SciPy's scipy.stats.qmc.Sobol test suite lists dimension 1 and dimension 3 of the first 10 points.
     */
    @Test
    void firstPointsMatchSciPy() {
        double[] dim1 = {0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125, 0.1875, 0.6875};
        double[] dim3 = {0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375, 0.9375, 0.4375};
        SobolSequence s = SobolSequence.of(3);
        for (int n = 0; n < 10; n++) {
            double[] p = s.point(n);
            assertEquals(dim1[n], p[0], "dim 1, point " + n);
            assertEquals(dim3[n], p[2], "dim 3, point " + n);
        }
    }

    /** Points 1..5 in five dimensions as published with Commons Math's SobolSequenceGenerator (Joe-Kuo). */
    @Test
    void firstPointsInFiveDimensionsMatchCommonsMath() {
        double[][] expected = {
                {0.5, 0.5, 0.5, 0.5, 0.5},
                {0.75, 0.25, 0.25, 0.25, 0.75},
                {0.25, 0.75, 0.75, 0.75, 0.25},
                {0.375, 0.375, 0.625, 0.875, 0.375},
                {0.875, 0.875, 0.125, 0.375, 0.875},
        };
        SobolSequence s = SobolSequence.of(5);
        for (int n = 1; n <= 5; n++) {
            assertArrayEquals(expected[n - 1], s.point(n), "point " + n);
        }
    }

    /** Every Joe-Kuo polynomial must be primitive over GF(2) and every m_k odd and below 2^k. */
    @Test
    void directionNumberTableIsConsistent() {
        Set<Integer> polynomials = new HashSet<>();
        for (int d = 1; d < SobolSequence.MAX_DIMENSIONS; d++) {
            int[] p = SobolSequence.parameters(d);
            int s = p[0];
            int a = p[1];
            assertEquals(s + 2, p.length, "dimension " + (d + 1));
            int poly = (1 << s) | (a << 1) | 1;
            assertTrue(polynomials.add(poly), "polynomial repeated at dimension " + (d + 1));
            assertTrue(isPrimitive(poly, s), "polynomial of dimension " + (d + 1) + " is not primitive");
            for (int k = 1; k <= s; k++) {
                int m = p[1 + k];
                assertTrue(m % 2 == 1 && m < (1 << k), "m_" + k + " of dimension " + (d + 1));
            }
        }
    }

    /** x has order 2^s - 1 modulo the polynomial iff the polynomial (irreducible or not) is primitive. */
    private static boolean isPrimitive(int poly, int s) {
        int order = (1 << s) - 1;
        int x = 1;
        for (int k = 1; k <= order; k++) {
            x <<= 1;
            if ((x & (1 << s)) != 0) {
                x ^= poly;
            }
            if (x == 1) {
                return k == order;
            }
        }
        return false;
    }

    /**
     * Uniformity, the defining property: the first 2^m points put exactly one point in every interval
     * [k/2^m, (k+1)/2^m) of every dimension, and every pair of the first two dimensions forms a
     * (0, m, 2)-net (one point in every elementary box of area 2^-m).
     */
    @Test
    void firstPowerOfTwoPointsAreStratified() {
        int m = 10;
        int n = 1 << m;
        SobolSequence s = SobolSequence.of(SobolSequence.MAX_DIMENSIONS);
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) {
            pts[i] = s.point(i);
        }
        for (int d = 0; d < SobolSequence.MAX_DIMENSIONS; d++) {
            boolean[] seen = new boolean[n];
            double sum = 0;
            for (double[] p : pts) {
                int cell = (int) (p[d] * n);
                assertTrue(!seen[cell], "dimension " + (d + 1) + " has two points in cell " + cell);
                seen[cell] = true;
                sum += p[d];
            }
            assertEquals((n - 1) / 2.0 / n, sum / n, 1e-12, "mean of dimension " + (d + 1));
        }
        for (int bitsX = 0; bitsX <= m; bitsX++) {
            int bitsY = m - bitsX;
            boolean[] seen = new boolean[n];
            for (double[] p : pts) {
                int cell = ((int) (p[0] * (1 << bitsX)) << bitsY) | (int) (p[1] * (1 << bitsY));
                assertTrue(!seen[cell], "dimensions 1-2 are not a (0,m,2)-net for boxes " + bitsX + "/" + bitsY);
                seen[cell] = true;
            }
        }
    }

    /** Every pair of dimensions fills a 4 x 4 grid evenly with the first 2^10 points (t <= 6 in all pairs). */
    @Test
    void everyTwoDimensionalProjectionIsEven() {
        int n = 1 << 10;
        SobolSequence s = SobolSequence.of(SobolSequence.MAX_DIMENSIONS);
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) {
            pts[i] = s.point(i);
        }
        for (int a = 0; a < SobolSequence.MAX_DIMENSIONS; a++) {
            for (int b = a + 1; b < SobolSequence.MAX_DIMENSIONS; b++) {
                int[] cells = new int[16];
                for (double[] p : pts) {
                    cells[(int) (p[a] * 4) * 4 + (int) (p[b] * 4)]++;
                }
                for (int c : cells) {
                    assertEquals(n / 16, c, "dimensions " + (a + 1) + " and " + (b + 1));
                }
            }
        }
    }

    @Test
    void digitalShiftKeepsStratificationAndDependsOnSeed() {
        int n = 1 << 8;
        SobolSequence s = SobolSequence.shifted(4, 42);
        for (int d = 0; d < 4; d++) {
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                double x = s.point(i)[d];
                assertTrue(x >= 0 && x < 1);
                int cell = (int) (x * n);
                assertTrue(!seen[cell]);
                seen[cell] = true;
            }
        }
        assertNotEquals(SobolSequence.shifted(4, 42).point(3)[0], SobolSequence.shifted(4, 43).point(3)[0]);
        assertArrayEquals(SobolSequence.shifted(4, 42).point(77), s.point(77));
    }
}

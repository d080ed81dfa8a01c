package io.ionsweep.engine.sweep;

import java.util.SplittableRandom;

/**
 * The Sobol low-discrepancy sequence with the Joe-Kuo direction numbers ("new-joe-kuo-6.21201",
 * S. Joe and F. Y. Kuo, SIAM J. Sci. Comput. 30, 2635-2654 (2008)), for up to {@link #MAX_DIMENSIONS}
 * dimensions, in the Gray-code order of Antonov and Saleev (the order of Joe and Kuo's own generator,
 * SciPy and Commons Math): point n is the XOR of the direction numbers selected by the bits of
 * {@code n ^ (n >> 1)}. Any point is computed directly from its index, so points are independent of the
 * order they are drawn in. Point 0 is the origin.
 *
 * <p>Optional scrambling is a random digital shift: every coordinate's bits are XORed with a fixed
 * random word per dimension drawn from a seed. It keeps the net structure (each block of 2^m points
 * still fills every elementary interval) while making the points an unbiased random sample.
 */
public final class SobolSequence {

    /** Dimensions supported by the built-in direction numbers. */
    public static final int MAX_DIMENSIONS = 32;
    /** Bits per coordinate: coordinates are multiples of 2^-BITS and indexes go up to 2^BITS - 1. */
    static final int BITS = 52;
    /** Largest index whose point is computed exactly. */
    public static final long MAX_INDEX = (1L << BITS) - 1;
    private static final double SCALE = 0x1.0p-52;

    /**
     * Joe-Kuo parameters for dimensions 2..32: degree s of the primitive polynomial, its inner
     * coefficients a (bit j-1 from the top, x^s and 1 implied), then the initial m_1..m_s.
     * Dimension 1 is the van der Corput sequence (all m = 1).
     */
    private static final int[][] JOE_KUO = {
            {1, 0, 1},
            {2, 1, 1, 3},
            {3, 1, 1, 3, 1},
            {3, 2, 1, 1, 1},
            {4, 1, 1, 1, 3, 3},
            {4, 4, 1, 3, 5, 13},
            {5, 2, 1, 1, 5, 5, 17},
            {5, 4, 1, 1, 5, 5, 5},
            {5, 7, 1, 1, 7, 11, 19},
            {5, 11, 1, 1, 5, 1, 1},
            {5, 13, 1, 1, 1, 3, 11},
            {5, 14, 1, 3, 5, 5, 31},
            {6, 1, 1, 3, 3, 9, 7, 49},
            {6, 13, 1, 1, 1, 15, 21, 21},
            {6, 16, 1, 3, 1, 13, 27, 49},
            {6, 19, 1, 1, 1, 15, 7, 5},
            {6, 22, 1, 3, 1, 15, 13, 25},
            {6, 25, 1, 1, 5, 5, 19, 61},
            {7, 1, 1, 3, 7, 11, 23, 15, 103},
            {7, 4, 1, 3, 7, 13, 13, 15, 69},
            {7, 7, 1, 1, 3, 13, 7, 35, 63},
            {7, 8, 1, 3, 5, 9, 1, 25, 53},
            {7, 14, 1, 3, 1, 13, 9, 35, 107},
            {7, 19, 1, 3, 1, 5, 27, 61, 31},
            {7, 21, 1, 1, 5, 11, 19, 41, 61},
            {7, 28, 1, 3, 5, 3, 3, 13, 69},
            {7, 31, 1, 1, 7, 13, 1, 19, 1},
            {7, 32, 1, 3, 7, 5, 13, 19, 59},
            {7, 37, 1, 1, 3, 9, 25, 29, 41},
            {7, 41, 1, 3, 5, 13, 23, 1, 55},
            {7, 42, 1, 3, 7, 3, 13, 59, 17},
    };

    private final int dimensions;
    /** direction[d][k] = v_{k+1} of dimension d, scaled by 2^BITS. */
    private final long[][] direction;
    /** Digital shift per dimension (0 = unscrambled). */
    private final long[] shift;

    private SobolSequence(int dimensions, long[] shift) {
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Sobol dimensions must be 1.." + MAX_DIMENSIONS + ", got " + dimensions);
        }
        this.dimensions = dimensions;
        this.shift = shift;
        this.direction = new long[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            direction[d] = directionNumbers(d);
        }
    }

    /** The plain (unscrambled) sequence. */
    public static SobolSequence of(int dimensions) {
        return new SobolSequence(dimensions, new long[dimensions]);
    }

    /** The sequence with a random digital shift drawn from {@code seed}. */
    public static SobolSequence shifted(int dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] shift = new long[Math.max(dimensions, 0)];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = random.nextLong() >>> (Long.SIZE - BITS);
        }
        return new SobolSequence(dimensions, shift);
    }

    /** Joe-Kuo parameters row of dimension d (0-based, d >= 1): {s, a, m_1..m_s}. */
    static int[] parameters(int d) {
        return JOE_KUO[d - 1].clone();
    }

    private static long[] directionNumbers(int d) {
        long[] v = new long[BITS];
        if (d == 0) {
            for (int k = 0; k < BITS; k++) {
                v[k] = 1L << (BITS - 1 - k);
            }
            return v;
        }
        int[] p = JOE_KUO[d - 1];
        int s = p[0];
        int a = p[1];
        for (int k = 0; k < Math.min(s, BITS); k++) {
            v[k] = (long) p[2 + k] << (BITS - 1 - k);
        }
        // Bratley-Fox recurrence: v_k = v_{k-s} ^ (v_{k-s} >> s) ^ sum_j a_j v_{k-j}.
        for (int k = s; k < BITS; k++) {
            long x = v[k - s] ^ (v[k - s] >> s);
            for (int j = 1; j < s; j++) {
                if (((a >> (s - 1 - j)) & 1) != 0) {
                    x ^= v[k - j];
                }
            }
            v[k] = x;
        }
        return v;
    }

    public int dimensions() {
        return dimensions;
    }

    /** Fills {@code out[0..dimensions-1]} with point {@code index} (0 = origin when unscrambled), in [0, 1). */
    public void point(long index, double[] out) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("Sobol index must be 0.." + MAX_INDEX + ", got " + index);
        }
        long gray = index ^ (index >>> 1);
        for (int d = 0; d < dimensions; d++) {
            long x = shift[d];
            long g = gray;
            long[] v = direction[d];
            for (int k = 0; g != 0; k++, g >>>= 1) {
                if ((g & 1) != 0) {
                    x ^= v[k];
                }
            }
            out[d] = x * SCALE;
        }
    }

    /** Point {@code index} as a new array. */
    public double[] point(long index) {
        double[] out = new double[dimensions];
        point(index, out);
        return out;
    }
}

package io.ionsweep.engine.kernel;

/**
 * Divides known zeros out of a function sampled at a complex energy E: the product P = prod (E - z_k)
 * and the sum S = sum 1/(E - z_k), so that h = g / P has the zeros z_k removed and h'/h = g'/g - S. The
 * argument principle's contour divides every sample by every resonance found (hundreds of them), which
 * made this product a tenth of the resonance search.
 *
 * <p>Implementations agree to rounding: P to about n ulps relative (n factors), S to about n ulps of
 * sum |1/(E - z_k)|.
 */
public interface DeflationKernel {
    /** Index in {@code out} of P's mantissa, real part. */
    int PRODUCT_RE = 0;
    /** Index in {@code out} of P's mantissa, imaginary part. */
    int PRODUCT_IM = 1;
    /** Index in {@code out} of P's binary exponent (an integer, stored as a double). */
    int PRODUCT_EXPONENT = 2;
    /** Index in {@code out} of S, real part. */
    int SUM_RE = 3;
    /** Index in {@code out} of S, imaginary part. */
    int SUM_IM = 4;
    /** Entries of the output, at the start of a buffer. */
    int OUT_LENGTH = 5;

    /** Short name for logs, e.g. {@code scalar} or {@code vector(8 lanes)}. */
    String name();

    /** Doubles per vector: the vector kernel's lanes, 1 for the scalar one (see {@link LanesDeflationKernel}). */
    default int lanes() {
        return 1;
    }

    /** A buffer for {@link #divideOut}: the output and this kernel's scratch space (one per thread). */
    default double[] newBuffer() {
        return new double[OUT_LENGTH];
    }

    /**
     * Writes P = (out[PRODUCT_RE] + i out[PRODUCT_IM]) * 2^out[PRODUCT_EXPONENT] (the mantissa rescaled as
     * it goes, so no number of factors overflows it) and S = out[SUM_RE] + i out[SUM_IM].
     *
     * @param eRe   Re E
     * @param eIm   Im E
     * @param zRe   real parts of the zeros, at least {@code count} long
     * @param zIm   imaginary parts of the zeros, at least {@code count} long
     * @param count number of zeros (0 gives P = 1, S = 0)
     * @param out   a buffer from {@link #newBuffer()}
     */
    void divideOut(double eRe, double eIm, double[] zRe, double[] zIm, int count, double[] out);
}

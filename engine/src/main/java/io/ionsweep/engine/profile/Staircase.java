package io.ionsweep.engine.profile;

import java.util.Arrays;

/**
 * The kernel's input: a piecewise-constant potential between two semi-infinite leads.
 * Slices are listed from left to right; the left lead ends at x = 0.
 *
 * <p>Arrays are copied in and never exposed, so a staircase is immutable; kernels read it
 * through the indexed accessors (inlined by the JIT).
 */
public final class Staircase {
    private final double leadLeftEv;
    private final double leadRightEv;
    private final double[] potentialEv;
    private final double[] widthA;

    private Staircase(double leadLeftEv, double leadRightEv, double[] potentialEv, double[] widthA) {
        this.leadLeftEv = leadLeftEv;
        this.leadRightEv = leadRightEv;
        this.potentialEv = potentialEv;
        this.widthA = widthA;
    }

    /**
     * @param leadLeftEv  potential of the left lead in eV (finite)
     * @param leadRightEv potential of the right lead in eV (finite)
     * @param potentialEv slice potentials in eV, left to right (finite)
     * @param widthA      slice widths in Angstrom (finite, >= 0)
     */
    public static Staircase of(double leadLeftEv, double leadRightEv, double[] potentialEv, double[] widthA) {
        requireFinite("lead_left_eV", leadLeftEv);
        requireFinite("lead_right_eV", leadRightEv);
        if (potentialEv.length != widthA.length) {
            throw new IllegalArgumentException("potentials and widths differ in length: "
                    + potentialEv.length + " vs " + widthA.length);
        }
        for (int i = 0; i < potentialEv.length; i++) {
            requireFinite("layers[" + i + "] potential_eV", potentialEv[i]);
            if (!(widthA[i] >= 0) || !Double.isFinite(widthA[i])) {
                throw new IllegalArgumentException("layers[" + i + "] width_A must be a finite number >= 0, got " + widthA[i]);
            }
        }
        return new Staircase(leadLeftEv, leadRightEv, potentialEv.clone(), widthA.clone());
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + v);
        }
    }

    public double leadLeftEv() {
        return leadLeftEv;
    }

    public double leadRightEv() {
        return leadRightEv;
    }

    public int sliceCount() {
        return potentialEv.length;
    }

    public double potentialEv(int i) {
        return potentialEv[i];
    }

    public double widthA(int i) {
        return widthA[i];
    }

    /** Total length of the profile in Angstrom. */
    public double lengthA() {
        double sum = 0;
        for (double w : widthA) {
            sum += w;
        }
        return sum;
    }

    /** The highest point of the profile, leads included, in eV. */
    public double maxPotentialEv() {
        double max = Math.max(leadLeftEv, leadRightEv);
        for (double v : potentialEv) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The same profile seen from the other side. */
    public Staircase mirrored() {
        int n = potentialEv.length;
        double[] v = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = potentialEv[n - 1 - i];
            w[i] = widthA[n - 1 - i];
        }
        return new Staircase(leadRightEv, leadLeftEv, v, w);
    }

    public double[] potentialsEv() {
        return potentialEv.clone();
    }

    public double[] widthsA() {
        return widthA.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Staircase s && s.leadLeftEv == leadLeftEv && s.leadRightEv == leadRightEv
                && Arrays.equals(s.potentialEv, potentialEv) && Arrays.equals(s.widthA, widthA);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(potentialEv) * 31 + Arrays.hashCode(widthA) + Double.hashCode(leadLeftEv - leadRightEv);
    }

    @Override
    public String toString() {
        return "Staircase[leads=" + leadLeftEv + "/" + leadRightEv + " eV, " + potentialEv.length + " slices]";
    }
}

package io.ionsweep.engine.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tabulated potential (e.g. a PMF from molecular dynamics), interpolated between its points, between
 * two leads (by default the end values). Under bias the drop falls linearly across the table's range
 * [x_first, x_last], and the right lead sits lower by the drop.
 *
 * <p>Each table interval is cut into its own slices, so the kinks of the interpolant (in V'' for
 * PCHIP, in V' for linear) fall on slice boundaries and the staircase error keeps its even expansion.
 *
 * @param xA            positions, Angstrom, strictly increasing (at least two)
 * @param potentialEv   potential at each position, eV
 * @param leadLeftEv    left lead, eV
 * @param leadRightEv   right lead, eV
 * @param interpolation how to interpolate between points
 * @param accuracy      requested accuracy of T (see {@link Accuracy})
 */
public record TableProfile(double[] xA, double[] potentialEv, double leadLeftEv, double leadRightEv,
                           Interpolation interpolation, double accuracy) implements RichardsonProfile {

    /** Slices across the whole table at level 0 (at least one per interval). */
    static final int TABLE_BASE_SLICES = 16;

    public TableProfile {
        if (xA == null || potentialEv == null) {
            throw new IllegalArgumentException("profile.table: missing column " + (xA == null ? "x_A" : "V"));
        }
        if (xA.length != potentialEv.length) {
            throw new IllegalArgumentException("profile.table: x_A has " + xA.length + " values but V has "
                    + potentialEv.length);
        }
        if (xA.length < 2) {
            throw new IllegalArgumentException("profile.table: needs at least two points, got " + xA.length);
        }
        for (int i = 0; i < xA.length; i++) {
            int row = i + 1;
            if (!Double.isFinite(xA[i])) {
                throw new IllegalArgumentException("profile.table row " + row + ": x_A must be a finite number, got " + xA[i]);
            }
            if (!Double.isFinite(potentialEv[i])) {
                throw new IllegalArgumentException("profile.table row " + row + ": V must be a finite number, got "
                        + potentialEv[i]);
            }
            if (i > 0 && !(xA[i] > xA[i - 1])) {
                throw new IllegalArgumentException("profile.table row " + row + ": x_A must increase strictly, got "
                        + xA[i] + " after " + xA[i - 1]);
            }
        }
        SmoothBarriers.requireFinite("profile.lead_left_eV", leadLeftEv);
        SmoothBarriers.requireFinite("profile.lead_right_eV", leadRightEv);
        if (interpolation == null) {
            throw new IllegalArgumentException("profile.interpolation must be one of pchip, linear");
        }
        Accuracy.require("profile.accuracy", accuracy);
        xA = xA.clone();
        potentialEv = potentialEv.clone();
    }

    /** A table with leads at its end values and the default accuracy. */
    public static TableProfile of(double[] xA, double[] potentialEv, Interpolation interpolation) {
        if (xA == null || potentialEv == null || xA.length == 0 || potentialEv.length == 0) {
            // Let the canonical constructor name the problem.
            return new TableProfile(xA, potentialEv, 0.0, 0.0, interpolation, Accuracy.DEFAULT);
        }
        return new TableProfile(xA, potentialEv, potentialEv[0], potentialEv[potentialEv.length - 1], interpolation,
                Accuracy.DEFAULT);
    }

    /** This table with other leads. */
    public TableProfile withLeads(double newLeadLeftEv, double newLeadRightEv) {
        return new TableProfile(xA, potentialEv, newLeadLeftEv, newLeadRightEv, interpolation, accuracy);
    }

    /** This table with another accuracy. */
    public TableProfile withAccuracy(double newAccuracy) {
        return new TableProfile(xA, potentialEv, leadLeftEv, leadRightEv, interpolation, newAccuracy);
    }

    @Override
    public double[] xA() {
        return xA.clone();
    }

    @Override
    public double[] potentialEv() {
        return potentialEv.clone();
    }

    /** The interpolated potential without bias at x (the end values outside the table), eV. */
    public double potentialEv(double x) {
        return new TableInterpolant(xA, potentialEv, interpolation).valueEv(x);
    }

    Discretisation discretisation(double biasDropEv) {
        TableInterpolant f = new TableInterpolant(xA, potentialEv, interpolation);
        double start = xA[0];
        double end = xA[xA.length - 1];
        double target = (end - start) / TABLE_BASE_SLICES;
        Grading uniform = new Grading.Uniform();
        List<SmoothPiece> pieces = new ArrayList<>(f.intervals());
        for (int k = 0; k < f.intervals(); k++) {
            int interval = k;
            pieces.add(SmoothPiece.withTargetWidth(xA[k], xA[k + 1], x -> f.valueEv(interval, x), uniform, target));
        }
        return new Discretisation(leadLeftEv, leadRightEv, pieces, biasDropEv, start, end);
    }

    /** A table is cut the same way for every mass. */
    @Override
    public Discretisation discretisation(double massU, double biasDropEv) {
        return discretisation(biasDropEv);
    }

    /** The table is the whole profile: nothing is dropped. */
    @Override
    public double tailBoundLn(double massU) {
        return 0.0;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("lead_left_eV", leadLeftEv);
        p.put("lead_right_eV", leadRightEv);
        p.put("accuracy", accuracy);
        p.put("table_points", (double) xA.length);
        p.put("table_start_A", xA[0]);
        p.put("table_end_A", xA[xA.length - 1]);
        p.put("table_max_eV", Arrays.stream(potentialEv).max().orElseThrow());
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableProfile t && Arrays.equals(t.xA, xA) && Arrays.equals(t.potentialEv, potentialEv)
                && t.leadLeftEv == leadLeftEv && t.leadRightEv == leadRightEv && t.interpolation == interpolation
                && t.accuracy == accuracy;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(xA) * 31 + Arrays.hashCode(potentialEv)) * 31 + interpolation.hashCode();
    }

    @Override
    public String toString() {
        return "TableProfile[" + xA.length + " points, x " + xA[0] + ".." + xA[xA.length - 1] + " A, leads "
                + leadLeftEv + "/" + leadRightEv + " eV, " + interpolation.key() + ", accuracy " + accuracy + "]";
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;

/**
 * A check of reported resonances against the amplitude itself, by another route than the search's (no
 * deflation, no determinant, no counting lines): the incident amplitude must wind around a small circle about
 * each resolved row exactly as often as rows lie inside it. A row that is no zero, a member reported twice at a
 * simple zero or a member missing at a double one shows as a mismatch. Rows whose circle another row lies on,
 * or that hold an unresolved row, are left out: there the count is not decisive.
 */
public final class ResonanceAudit {
    /** The circle's radius, relative to max(E_r, Gamma). */
    public static final double RADIUS = 1e-7;
    /** Arcs a circle starts with; an arc is halved while its phase changes by more than {@link #MAX_STEP_RAD}. */
    private static final int ARCS = 64;
    private static final double MAX_STEP_RAD = 0.5;
    /** Halvings of an arc at most; a circle that needs more is left out. */
    private static final int MAX_DEPTH = 30;

    private ResonanceAudit() {}

    /** A row whose circle the amplitude winds around a different number of times than rows lie inside it. */
    public record Mismatch(Resonance row, int rowsInside, double winding) {}

    /**
     * @param checked        resolved rows whose circle was decisive
     * @param atMultipleZero of those, rows that share their circle with another row (members of a double zero)
     * @param leftOut        resolved rows left out (another row on the circle, an unresolved one inside, or a
     *                       circle the phase could not be followed around)
     * @param mismatches     the rows that failed
     */
    public record Result(int checked, int atMultipleZero, int leftOut, List<Mismatch> mismatches) {}

    /** Audits the rows reported for one profile and mass (leads as in the profile, energies in eV). */
    public static Result audit(Staircase profile, double massU, List<Resonance> rows) {
        double factor = PhysicalConstants.waveNumberFactor(massU);
        double[] out = new double[3];
        int checked = 0;
        int multiple = 0;
        int leftOut = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Resonance r : rows) {
            if (!r.resolved()) {
                continue;
            }
            double rho = radius(r);
            int inside = rowsInside(r, rows);
            double winding = inside < 0 ? Double.NaN : winding(profile, factor, r.energyEv(), -0.5 * r.widthEv(), rho, out);
            if (Double.isNaN(winding)) {
                leftOut++;
                continue;
            }
            checked++;
            multiple += inside > 1 ? 1 : 0;
            if (Math.abs(winding - inside) > 0.1) {
                mismatches.add(new Mismatch(r, inside, winding));
            }
        }
        return new Result(checked, multiple, leftOut, List.copyOf(mismatches));
    }

    /** The radius of the circle about a row, eV. */
    static double radius(Resonance r) {
        return RADIUS * Math.max(Math.abs(r.energyEv()), r.widthEv());
    }

    /**
     * How many rows (r among them) lie well inside r's circle, within half its radius; -1 if the count is not
     * decisive: a row between half and one and a half radii, or an unresolved row inside.
     */
    static int rowsInside(Resonance r, List<Resonance> rows) {
        double rho = radius(r);
        int inside = 0;
        for (Resonance o : rows) {
            double d = ComplexIncidentAmplitude.modulus(o.energyEv() - r.energyEv(), 0.5 * (o.widthEv() - r.widthEv()));
            if (d >= 0.5 * rho && d <= 1.5 * rho || d < 0.5 * rho && !o.resolved()) {
                return -1;
            }
            inside += d < 0.5 * rho ? 1 : 0;
        }
        return inside;
    }

    /** Turns of the amplitude around the circle of radius rho about (re, im); NaN if it cannot be followed. */
    private static double winding(Staircase profile, double factor, double re, double im, double rho, double[] out) {
        double total = 0;
        double previous = phase(profile, factor, re + rho, im, out);
        for (int k = 1; k <= ARCS; k++) {
            double t0 = 2 * Math.PI * (k - 1) / ARCS;
            double t1 = 2 * Math.PI * k / ARCS;
            double next = phase(profile, factor, re + rho * Math.cos(t1), im + rho * Math.sin(t1), out);
            total += arc(profile, factor, re, im, rho, t0, t1, previous, next, 0, out);
            previous = next;
        }
        return total / (2 * Math.PI);
    }

    private static double arc(Staircase profile, double factor, double re, double im, double rho, double t0, double t1,
                              double p0, double p1, int depth, double[] out) {
        double step = p1 - p0;
        step -= 2 * Math.PI * Math.rint(step / (2 * Math.PI));
        if (Math.abs(step) < MAX_STEP_RAD || Double.isNaN(step)) {
            return step;
        }
        if (depth >= MAX_DEPTH) {
            return Double.NaN;
        }
        double tm = 0.5 * (t0 + t1);
        double pm = phase(profile, factor, re + rho * Math.cos(tm), im + rho * Math.sin(tm), out);
        return arc(profile, factor, re, im, rho, t0, tm, p0, pm, depth + 1, out)
                + arc(profile, factor, re, im, rho, tm, t1, pm, p1, depth + 1, out);
    }

    private static double phase(Staircase profile, double factor, double re, double im, double[] out) {
        ComplexIncidentAmplitude.evaluate(profile, factor, re, im, out);
        return Math.atan2(out[ComplexIncidentAmplitude.IM], out[ComplexIncidentAmplitude.RE]);
    }
}

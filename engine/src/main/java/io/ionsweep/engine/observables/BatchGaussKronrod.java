package io.ionsweep.engine.observables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Globally adaptive Gauss-Kronrod (7/15) over mapped panels, refined in rounds so that the integrand
 * is evaluated in large batches (the vector kernel runs 8 energies per instruction). Each round halves
 * the panels with the largest error estimates until their errors cover the excess over the tolerance.
 * The integrand is given as its logarithm and summed as exp(ln f - shift) with the shift the largest
 * value seen, so integrals far below the smallest double keep their value.
 */
final class BatchGaussKronrod {
    /** ln f at each energy: fills lnF[i] for i < n (-infinity where f = 0). */
    @FunctionalInterface
    interface LogIntegrand {
        void evaluate(double[] energyEv, double[] lnF, int n);
    }

    /**
     * Panels at most, or {@link #GROWTH} times the initial layout's if that is more: a layout of more than this
     * (tens of thousands of resonances) was never refined, and its integral had no error control.
     */
    static final int MAX_PANELS = 200_000;
    static final int GROWTH = 4;
    /** Panels chosen for halving per round at most (bounds the batch size). */
    private static final int MAX_SPLITS_PER_ROUND = 2048;
    /**
     * Rounding noise: when the error estimate has not halved for this many rounds (the evaluators' rounding,
     * not structure, sets it: halving a noisy panel gives halves as uncertain as itself, as QUADPACK's
     * roundoff detection counts)...
     */
    static final int STALLED_ROUNDS = 12;
    /**
     * ...and is below this fraction of the integral, the integral stops there, a tenth of the 1e-6 that
     * {@code <T>} is held to. Without it such integrals went on to {@link #MAX_PANELS}: the stable evaluator
     * near narrow resonances of tilted many-slice profiles (its relative noise there reaches 1e-8 to 1e-6, the
     * condition of T) took 20-30 s for one configuration.
     */
    static final double ROUNDOFF_FLOOR = 1e-7;
    /** Rescale everything when a new value exceeds the shift by this much (exp stays finite). */
    private static final double RESCALE_LOG = 300;

    /**
     * The node arrays, kept per thread from one integral to the next: a configuration's first batch is
     * about 15,000 nodes (0.4 MB for the three arrays). An integral takes them while it runs, so a nested
     * one would allocate its own.
     */
    private static final ThreadLocal<double[][]> SCRATCH = new ThreadLocal<>();

    private final LogIntegrand f;
    /** The integrand where {@link NoiseScreen} finds f too noisy (null: f everywhere). */
    private final LogIntegrand stable;
    /** A flagged resonance's panels laid out again for the stable integrand (null: kept as they are). */
    private final UnaryOperator<List<MappedPanel>> relayout;
    private double shift = Double.NEGATIVE_INFINITY;
    private static final double[] NO_ZONES = new double[0];
    /** Stretches of energy whose nodes' part of the integral is kept apart ({@link MappedPanel#zoneValue}). */
    private double[] zones = NO_ZONES;
    /** ln of that part once the integral is done. */
    private double lnZone = Double.NEGATIVE_INFINITY;
    /**
     * ln of the summed error estimates the tolerance does not cover: of panels left unrefined at rounding noise or an
     * ulp's resolution, and of all panels where the integral stopped short of the tolerance.
     */
    private double lnUnrefined = Double.NEGATIVE_INFINITY;
    private double[] t = new double[0];
    private double[] e = new double[0];
    private double[] lnF = new double[0];
    private final double[] values = new double[GaussKronrod.POINTS];
    /** The panels' errors, sorted, for {@link #choose}. */
    private double[] errors = new double[0];

    private BatchGaussKronrod(LogIntegrand f, LogIntegrand stable, UnaryOperator<List<MappedPanel>> relayout) {
        this.f = f;
        this.stable = stable;
        this.relayout = relayout;
    }

    /** ln of the integral over the panels to the relative tolerance (-infinity when f vanishes on every node). */
    static double logIntegral(LogIntegrand f, List<MappedPanel> panels, double relativeTolerance) {
        return logIntegral(f, null, panels, relativeTolerance);
    }

    /**
     * As above, with a slower but accurate integrand for the resonance panels where f is noisy (see
     * {@link NoiseScreen}); null for f everywhere.
     */
    static double logIntegral(LogIntegrand f, LogIntegrand stable, List<MappedPanel> panels, double relativeTolerance) {
        return logIntegral(f, stable, null, panels, relativeTolerance);
    }

    /**
     * As above, and a flagged resonance's panels laid out again first where {@code relayout} gives new ones
     * (see {@link NoiseScreen#flag}); null to keep every layout.
     */
    static double logIntegral(LogIntegrand f, LogIntegrand stable, UnaryOperator<List<MappedPanel>> relayout,
                              List<MappedPanel> panels, double relativeTolerance) {
        return logIntegral(f, stable, relayout, panels, relativeTolerance, NO_ZONES, null);
    }

    /**
     * As above, with two parts of the integral's uncertainty in {@code lnParts} (ln; -infinity for none):
     * [0] where {@code zones} (sorted, disjoint intervals {lo0, hi0, lo1, hi1, ...} of energy) is not empty, the part
     * of the integral its nodes in them contributed; [1] the error estimates, summed, that the tolerance does not
     * cover: of the panels left unrefined because halving found only rounding noise or they span too few ulps to
     * halve ({@link MappedPanel#noise}, {@link MappedPanel#refinable}), and of all panels where the integral stopped
     * short of the tolerance (the error stalled, or the panel cap).
     */
    static double logIntegral(LogIntegrand f, LogIntegrand stable, UnaryOperator<List<MappedPanel>> relayout,
                              List<MappedPanel> panels, double relativeTolerance, double[] zones, double[] lnParts) {
        BatchGaussKronrod integrator = new BatchGaussKronrod(f, stable, relayout);
        integrator.zones = zones;
        double[][] scratch = SCRATCH.get();
        SCRATCH.remove();
        if (scratch != null) {
            integrator.t = scratch[0];
            integrator.e = scratch[1];
            integrator.lnF = scratch[2];
        } else {
            scratch = new double[3][];
        }
        try {
            double ln = integrator.run(panels, relativeTolerance);
            if (lnParts != null) {
                lnParts[0] = zones.length > 0 ? integrator.lnZone : Double.NEGATIVE_INFINITY;
                lnParts[1] = integrator.lnUnrefined;
            }
            return ln;
        } finally {
            scratch[0] = integrator.t;
            scratch[1] = integrator.e;
            scratch[2] = integrator.lnF;
            SCRATCH.set(scratch);
        }
    }

    private double run(List<MappedPanel> initial, double tol) {
        List<MappedPanel> live = new ArrayList<>(initial);
        evaluate(live);
        if (shift == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (stable != null) {
            List<MappedPanel> noisy = NoiseScreen.flag(live, f, stable, relayout);
            if (!noisy.isEmpty()) {
                double before = shift;
                evaluate(noisy);
                Set<MappedPanel> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
                fresh.addAll(noisy);
                rescale(live.stream().filter(p -> !fresh.contains(p)).toList(), before);
            }
        }
        double leastError = Double.POSITIVE_INFINITY;
        int stalled = 0;
        int maxPanels = Math.max(MAX_PANELS, GROWTH * initial.size());
        while (live.size() < maxPanels) {
            double total = 0;
            double error = 0;
            for (MappedPanel p : live) {
                total += p.value;
                error += p.error;
            }
            double allowed = tol * Math.abs(total);
            double excess = error - allowed;
            if (excess <= 0) {
                break;
            }
            if (error < 0.5 * leastError) {
                leastError = error;
                stalled = 0;
            } else if (++stalled >= STALLED_ROUNDS && error <= ROUNDOFF_FLOOR * Math.abs(total)) {
                break;
            }
            Choice choice = choose(live, excess, allowed);
            List<MappedPanel> children = new ArrayList<>();
            List<Double> parentErrors = new ArrayList<>();
            List<MappedPanel> keep = new ArrayList<>(live.size());
            int ties = choice.ties;
            for (MappedPanel p : live) {
                boolean chosen = p.error > choice.least || (p.error == choice.least && ties-- > 0);
                if (chosen) {
                    MappedPanel[] halves = p.refinable() ? p.split() : null;
                    if (halves == null) {
                        // at the resolution of double precision: keep its value, stop refining it
                        unrefined(p.error);
                        p.error = 0;
                        keep.add(p);
                    } else {
                        children.add(halves[0]);
                        children.add(halves[1]);
                        parentErrors.add(p.error);
                    }
                } else {
                    keep.add(p);
                }
            }
            if (choice.count == 0) {
                break;
            }
            double before = shift;
            evaluate(children);
            rescale(keep, before);
            for (int k = 0; k < parentErrors.size(); k++) {
                MappedPanel a = children.get(2 * k);
                MappedPanel b = children.get(2 * k + 1);
                if (MappedPanel.noise(a, b, parentErrors.get(k) * Math.exp(before - shift))) {
                    unrefined(a.error + b.error);
                    a.error = 0;
                    b.error = 0;
                }
            }
            keep.addAll(children);
            live = keep;
        }
        double total = 0;
        double zone = 0;
        double error = 0;
        for (MappedPanel p : live) {
            total += p.value;
            zone += p.zoneValue;
            error += p.error;
        }
        if (error > tol * Math.abs(total)) {
            // stopped at rounding noise or at the panel cap, short of the tolerance
            unrefined(error);
        }
        lnZone = Math.log(zone) + shift;
        return Math.log(total) + shift;
    }

    /**
     * The panels to halve in a round: those with the largest errors, largest first, until their errors cover
     * the excess ({@link #MAX_SPLITS_PER_ROUND} at most); among equal errors the earlier in the list. Found on
     * the sorted errors alone: sorting the panels themselves each round was a tenth of the integral's time.
     * Only errors of at least {@code allowed / n} are sorted (n panels, {@code allowed} the error the tolerance
     * allows): the others add up to less than {@code allowed}, so the ones sorted cover the excess
     * (total error minus allowed) by themselves, and the choice is the same as from all of them (but where
     * rounding in their sum would leave the excess short by an ulp).
     */
    private Choice choose(List<MappedPanel> live, double excess, double allowed) {
        int n = live.size();
        if (errors.length < n) {
            errors = new double[Math.max(n, 2 * errors.length)];
        }
        double cutoff = allowed / n;
        int m = 0;
        for (int i = 0; i < n; i++) {
            double err = live.get(i).error;
            if (err >= cutoff) {
                errors[m++] = err;
            }
        }
        java.util.Arrays.sort(errors, 0, m);
        double covered = 0;
        int i = m - 1;
        while (i >= 0 && covered < excess && m - 1 - i < MAX_SPLITS_PER_ROUND && errors[i] > 0) {
            covered += errors[i];
            i--;
        }
        int count = m - 1 - i;
        if (count == 0) {
            return new Choice(0, Double.POSITIVE_INFINITY, 0);
        }
        double threshold = errors[i + 1];
        int ties = 0;
        for (int j = i + 1; j < m && errors[j] == threshold; j++) {
            ties++;
        }
        return new Choice(count, threshold, ties);
    }

    /** {@code count} panels: every one with an error above {@code least} and the first {@code ties} equal to it. */
    private record Choice(int count, double least, int ties) {}

    /** Adds the error estimate of panels left as they are (in units of e^shift) to {@link #lnUnrefined}. */
    private void unrefined(double error) {
        if (error > 0) {
            lnUnrefined = BoltzmannAverage.logAdd(lnUnrefined, Math.log(error) + shift);
        }
    }

    /** Brings panels evaluated before the last evaluation to the scale it set, if it moved from before. */
    private void rescale(List<MappedPanel> panels, double before) {
        if (shift == before) {
            return;
        }
        double factor = Math.exp(before - shift);
        for (MappedPanel p : panels) {
            p.value *= factor;
            p.error *= factor;
            p.zoneValue *= factor;
        }
    }

    /** Gauss-Kronrod values of the panels, from one batch of integrand evaluations. */
    private void evaluate(List<MappedPanel> panels) {
        int n = panels.size() * GaussKronrod.POINTS;
        if (t.length < n) {
            t = new double[n];
            e = new double[n];
            lnF = new double[n];
        }
        int stableNodes = 0;
        for (int k = 0; k < panels.size(); k++) {
            MappedPanel p = panels.get(k);
            int off = k * GaussKronrod.POINTS;
            GaussKronrod.abscissae(p.t0, p.t1, t, off);
            for (int i = 0; i < GaussKronrod.POINTS; i++) {
                e[off + i] = p.energy(t[off + i]);
            }
            stableNodes += p.stable ? GaussKronrod.POINTS : 0;
        }
        if (stableNodes == 0) {
            f.evaluate(e, lnF, n);
        } else {
            evaluateSplit(panels, n, stableNodes);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < panels.size(); k++) {
            MappedPanel p = panels.get(k);
            int off = k * GaussKronrod.POINTS;
            for (int i = 0; i < GaussKronrod.POINTS; i++) {
                double v = lnF[off + i] + p.logJacobian(t[off + i]);
                lnF[off + i] = v;
                if (v > max && v < Double.POSITIVE_INFINITY) {
                    max = v;
                }
            }
        }
        if (max > shift + RESCALE_LOG || shift == Double.NEGATIVE_INFINITY) {
            shift = max;
        }
        for (int k = 0; k < panels.size(); k++) {
            MappedPanel p = panels.get(k);
            int off = k * GaussKronrod.POINTS;
            for (int i = 0; i < GaussKronrod.POINTS; i++) {
                double v = Math.exp(lnF[off + i] - shift);
                values[i] = Double.isFinite(v) ? v : 0.0;
            }
            double[] r = GaussKronrod.rule(p.t0, p.t1, values, 0);
            p.value = r[0];
            p.error = r[1];
            p.zoneValue = zones.length == 0 || p.clearOfZones ? 0 : zonePart(p, off);
        }
    }

    /** The Kronrod sum over the panel's nodes (at off in e, their scaled values in {@link #values}) in the zones. */
    private double zonePart(MappedPanel p, int off) {
        // the outermost pair of abscissae (every map is monotone)
        double x = e[off + GaussKronrod.POINTS - 2];
        double y = e[off + GaussKronrod.POINTS - 1];
        if (!Zones.overlaps(zones, Math.min(x, y), Math.max(x, y))) {
            // its nodes span it but for the last 0.9 % at each end, which its halves' outer nodes reach into
            p.clearOfZones = !Zones.overlaps(zones, Math.min(p.energy(p.t0), p.energy(p.t1)),
                    Math.max(p.energy(p.t0), p.energy(p.t1)));
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < GaussKronrod.POINTS; i++) {
            if (Zones.inside(zones, e[off + i])) {
                sum += GaussKronrod.weight(p.t0, p.t1, i) * values[i];
            }
        }
        return sum;
    }

    /** lnF at the nodes e[0..n), of the stable panels from the stable integrand, of the others from f. */
    private void evaluateSplit(List<MappedPanel> panels, int n, int stableNodes) {
        double[][] energies = {new double[n - stableNodes], new double[stableNodes]};
        double[][] logs = {new double[n - stableNodes], new double[stableNodes]};
        shuffle(panels, e, energies, true);
        if (n > stableNodes) {
            f.evaluate(energies[0], logs[0], n - stableNodes);
        }
        stable.evaluate(energies[1], logs[1], stableNodes);
        shuffle(panels, lnF, logs, false);
    }

    /** Copies each panel's nodes between the flat array and its group's (0: f, 1: stable), in panel order. */
    private static void shuffle(List<MappedPanel> panels, double[] flat, double[][] groups, boolean toGroups) {
        int[] at = new int[2];
        for (int k = 0; k < panels.size(); k++) {
            int g = panels.get(k).stable ? 1 : 0;
            int off = k * GaussKronrod.POINTS;
            if (toGroups) {
                System.arraycopy(flat, off, groups[g], at[g], GaussKronrod.POINTS);
            } else {
                System.arraycopy(groups[g], at[g], flat, off, GaussKronrod.POINTS);
            }
            at[g] += GaussKronrod.POINTS;
        }
    }
}

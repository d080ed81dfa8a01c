package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.ScatteringTransmission;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The Boltzmann average <T> = (1/kT) * integral over E >= E0 of T(E) exp(-(E - E0)/kT) dE, as log10.
 *
 * <p>Method: adaptive Gauss-Kronrod ({@link BatchGaussKronrod}) to a relative error of
 * {@link #RELATIVE_TOLERANCE}, on panels that start at E0 and the barrier top, with each narrow
 * resonance (Gamma small against the distance to its neighbours) given panels of its own: a core
 * E_r +- {@link #CORE_WIDTHS} Gamma in the variable t of E = E_r + (Gamma/2) tan t, where its
 * Lorentzian is flat, and tails out to nearly half-way to each neighbour in t = ln|E - E_r|, where
 * its 1/(E - E_r)^2 decay is a plain exponential. So peaks far narrower than any grid are integrated,
 * not sampled, and cost a few panels each whatever their width. Resonances that overlap within a few
 * widths (multiplet members split by about their widths, unresolved members, double zeros) share one
 * such set, centred on the cluster, with its spread plus its widest width as Gamma. The integral stops at
 * Vmax + {@link #TOP_KT} kT, where the remaining tail is below e^-30 (1e-13) of the above-barrier part. T comes
 * from the kernel in batches (all the panels of a refinement round at once). The core of a resonance narrower
 * than an ulp of E_r and far from the others is not sampled but taken in closed form ({@link UnresolvedPeaks});
 * for those left to the quadrature (a multiplet's members) {@link #average} bounds what they can put in doubt.
 */
public final class BoltzmannAverage {
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double TOP_KT = 30;
    /** A resonance is narrow (gets its own panels) when Gamma is below this fraction of its gap to the next one. */
    private static final double NARROW = 0.05;
    /**
     * Half-width of the Lorentzian core, in widths: there t = atan 6 = 1.41, clear of the map's pole at pi/2. A
     * real peak is not quite a Lorentzian (its neighbours, the background), and that difference grows like tan t:
     * with 10 widths (t = 1.52) the cores of the throughput workload's narrow resonances were halved about 9
     * times each; the log-mapped tails, smooth from a few widths out, take over sooner instead.
     */
    private static final double CORE_WIDTHS = 3;
    /** The tails of a narrow resonance reach this fraction of the way to its neighbour on each side. */
    private static final double TAIL_REACH = 0.45;
    /** Resonances closer than this many widths (the narrower's) form a cluster with one set of panels... */
    private static final double LINK_WIDTHS = 8;
    /** ...whose width (spread plus widest member) is at most this many times its narrowest member's. */
    private static final double CLUSTER_WIDTHS = 32;
    private static final double LN10 = Math.log(10);
    /**
     * Every known pole lies outside the Bernstein ellipse of this parameter about each linear panel (the ellipse
     * with foci at the panel's ends; inside it the integrand is analytic, and the 7-point Gauss rule's error, which
     * is the panel's error estimate, falls as rho^-14): 4.5^-14 is 7e-10. The distance rule before it (panels 3/4
     * of their start's distance to the nearest pole) gave rho 3 for a pole straight ahead but 6 under broad poles,
     * whose panels were then finer than needed; over the throughput workload this takes 940 initial panels a
     * configuration instead of 1,036 and 5 % less time (3: 766 panels, but 8 % more time in refinement; 4 and 5:
     * about as before).
     */
    static final double ELLIPSE = 4.5;
    /** The ellipse's sum of distances to the foci, in panel widths: a pole p is outside when |p - a| + |p - b| >= this (b - a). */
    private static final double FOCAL_SUM = 0.5 * (ELLIPSE + 1 / ELLIPSE);
    /**
     * A last panel (before a breakpoint) narrower than this fraction of the width the ellipse allows is merged into
     * the one before, which may then be up to 1.25 times as wide as the ellipse allows.
     */
    private static final double MIN_LAST_FRACTION = 0.25;

    private BoltzmannAverage() {}

    /**
     * log10 <T> with T from the default kernel.
     *
     * @param resonances the poles to fit panels to (from {@link ResonanceFinder}); may be empty, but
     *                   narrow resonances not listed can be missed
     */
    public static double log10MeanTransmission(Staircase profile, double massU, ThermalWindow window,
                                               List<Resonance> resonances) {
        return log10MeanTransmission(profile, massU, window, resonances, false);
    }

    /**
     * As above; {@code approximate} when the resonances are only approximate ({@link QuadratureGuide}): then a
     * resonance whose panels take T from the stable evaluator (the scattering matrices) is first located on the
     * backward-stable determinant.
     */
    public static double log10MeanTransmission(Staircase profile, double massU, ThermalWindow window,
                                               List<Resonance> resonances, boolean approximate) {
        return average(profile, massU, window, resonances, approximate).log10Mean();
    }

    /**
     * log10 <T> and log10 of a bound on the part of it that double precision does not determine.
     *
     * @param log10Mean         log10 <T>
     * @param log10Undetermined log10 of the sum of two parts (-infinity where both are 0). (1) An upper bound on
     *                          |error| of <T> from the peaks of resonances narrower than double precision resolves
     *                          that are not taken in closed form (a multiplet's members). Within
     *                          {@link #UNDETERMINED_FLOORS} resolution floors of such a pole the quadrature cannot
     *                          integrate its peak: narrower than the floor, it falls between nodes, and T at a node
     *                          that lands on it depends on where rounding put the pole (a few ulps off). Farther out
     *                          the peak is below (floor / 2d)^2 of its height and the panels, graded to the pole,
     *                          resolve it. In those zones the true T lies in [0, 1], and the quadrature took what its
     *                          nodes there gave: the error is at most the larger of (1/kT) times the zones' extent
     *                          times the Boltzmann factor at their lower ends, and (1/kT) times what those nodes
     *                          added. (2) The quadrature's own error estimates, summed, of the panels it left
     *                          unrefined because halving found only rounding noise (the peak of a resolved but narrow
     *                          resonance, where T computed at E is that of a pole rounding moves by about an ulp, so
     *                          off by about 2 ulp(E_r) / Gamma) or because they span too few ulps to halve, and of
     *                          all panels where the integral stopped short of its tolerance. An
     *                          estimate, not a bound; on the fuzz profiles whose <T> depended on the energy origin by
     *                          more than 1e-6 it exceeded the error against mpmath (UndeterminedBoundTest).
     */
    public record Average(double log10Mean, double log10Undetermined) {
        /** The bound relative to <T> (0 where there is none; {@link Double#MAX_VALUE} where it overflows). */
        public double relativeUndetermined() {
            if (log10Undetermined == Double.NEGATIVE_INFINITY) {
                return 0;
            }
            double r = Math.pow(10, log10Undetermined - log10Mean);
            return Double.isFinite(r) ? r : Double.MAX_VALUE;
        }
    }

    /**
     * The quadrature cannot integrate the peak of a pole narrower than the resolution floor within this many times
     * its width bound (the floor) of its computed E_r; the same reach as the core of a lone resonance's panels.
     */
    static final double UNDETERMINED_FLOORS = 3;

    /** {@link #log10MeanTransmission} with the bound on its undetermined part. */
    public static Average average(Staircase profile, double massU, ThermalWindow window, List<Resonance> resonances,
                                  boolean approximate) {
        TransmissionKernel kernel = KernelProvider.get();
        BatchLog10 t = (e, out, n) -> kernel.log10Transmission(profile, massU, e, out, n);
        ScatteringTransmission[] scattering = new ScatteringTransmission[1];
        BatchLog10 stable = (e, out, n) -> {
            if (scattering[0] == null) {
                scattering[0] = new ScatteringTransmission(profile, massU);
            }
            for (int i = 0; i < n; i++) {
                out[i] = scattering[0].log10Transmission(e[i]);
            }
        };
        TreeSet<Double> breaks = new TreeSet<>();
        // T is analytic in E except at the lead thresholds; the barrier top is where it turns from
        // exponentially small to order one, the one place a panel edge helps.
        breaks.add(profile.maxPotentialEv());
        double[] er = new double[resonances.size()];
        double[] gamma = new double[resonances.size()];
        for (int i = 0; i < er.length; i++) {
            er[i] = resonances.get(i).energyEv();
            gamma[i] = resonances.get(i).widthEv();
        }
        PolePolisher polisher = null;
        if (approximate) {
            ComplexFunction[] det = new ComplexFunction[1];
            polisher = (centre, h) -> {
                if (det[0] == null) {
                    det[0] = PoleFinder.determinant(profile, massU);
                }
                return QuadratureGuide.polish(det[0], centre, h);
            };
        }
        return average(t, stable, polisher, window, breaks, er, gamma, UnresolvedPeaks.of(resonances));
    }

    /** A better pole near an approximate one (E_r, Gamma/2 = h): {E_r, Gamma/2}, or null to keep it. */
    @FunctionalInterface
    interface PolePolisher {
        double[] pole(double centre, double h);
    }

    /** log10 (1/kT) integral T exp(-(E - E0)/kT) for any batch evaluator of log10 T (tests use closed forms). */
    static double log10Average(BatchLog10 log10T, ThermalWindow window, TreeSet<Double> breakpoints) {
        return log10Average(log10T, null, window, breakpoints, new double[0], new double[0]);
    }

    /**
     * As above, with panels fitted to the resonances (E_r, Gamma), sorted or not, and T from {@code stable}
     * (null: never) on the resonance panels where {@code log10T} is too noisy ({@link NoiseScreen}).
     */
    static double log10Average(BatchLog10 log10T, BatchLog10 stable, ThermalWindow window,
                               TreeSet<Double> breakpoints, double[] energyEv, double[] widthEv) {
        return log10Average(log10T, stable, null, window, breakpoints, energyEv, widthEv);
    }

    /**
     * As above; where {@code polisher} is not null, the panels of a single resonance (not a cluster) that
     * take T from {@code stable} are first laid out again around the pole it gives.
     */
    static double log10Average(BatchLog10 log10T, BatchLog10 stable, PolePolisher polisher, ThermalWindow window,
                               TreeSet<Double> breakpoints, double[] energyEv, double[] widthEv) {
        return average(log10T, stable, polisher, window, breakpoints, energyEv, widthEv,
                UnresolvedPeaks.none(energyEv.length)).log10Mean();
    }

    /**
     * As above, with the cores of the peaks {@code unresolved} closes taken in closed form, and the bound on the
     * undetermined part ({@link Average}).
     */
    static Average average(BatchLog10 log10T, BatchLog10 stable, PolePolisher polisher, ThermalWindow window,
                           TreeSet<Double> breakpoints, double[] energyEv, double[] widthEv,
                           UnresolvedPeaks unresolved) {
        double e0 = window.e0Ev();
        double kT = window.kTEv();
        double top = window.vmaxEv() + TOP_KT * window.kTEv();
        List<double[]> cores = new ArrayList<>();
        List<MappedPanel> panels = panels(e0, top, breakpoints, energyEv, widthEv, unresolved, cores);
        boolean[] coreTaken = new boolean[energyEv.length];
        for (double[] c : cores) {
            coreTaken[(int) c[2]] = true;
        }
        double[] zones = unresolved.undeterminedZones(energyEv, coreTaken, UNDETERMINED_FLOORS);
        UnaryOperator<List<MappedPanel>> relayout = polisher == null ? null : old -> {
            MappedPanel core = old.stream().filter(p -> p.map == MappedPanel.Map.LORENTZIAN).findFirst().orElse(null);
            if (core == null || !single(core, energyEv, widthEv)) {
                return null;
            }
            double[] z = polisher.pole(core.centre, core.halfWidth);
            return z == null ? null : relayout(old, z[0], z[1]);
        };
        double[] lnParts = new double[2];
        double ln = BatchGaussKronrod.logIntegral(boltzmann(log10T, e0, kT),
                stable == null ? null : boltzmann(stable, e0, kT), relayout, panels, RELATIVE_TOLERANCE, zones,
                lnParts);
        double lnZones = zones.length == 0 ? Double.NEGATIVE_INFINITY
                : Math.max(lnParts[0], lnZoneExtent(zones, e0, top, kT));
        double lnUndetermined = logAdd(lnZones, lnParts[1]);
        for (double[] c : cores) {
            ln = logAdd(ln, c[1] - (c[0] - e0) / kT);
        }
        // <T> = (1/kT) * integral
        double lnKT = Math.log(kT);
        return new Average((ln - lnKT) / LN10, (lnUndetermined - lnKT) / LN10);
    }

    /**
     * ln of a bound on the zones' integral of T exp(-(E - E0)/kT) within [E0, top] for any T <= 1: each zone's
     * extent times the Boltzmann factor at its lower end.
     */
    static double lnZoneExtent(double[] zones, double e0, double top, double kT) {
        double ln = Double.NEGATIVE_INFINITY;
        for (int z = 0; z < zones.length; z += 2) {
            double lo = Math.max(zones[z], e0);
            double hi = Math.min(zones[z + 1], top);
            if (hi > lo) {
                ln = logAdd(ln, Math.log(hi - lo) - (lo - e0) / kT);
            }
        }
        return ln;
    }

    /** ln(e^a + e^b). */
    static double logAdd(double a, double b) {
        double hi = Math.max(a, b);
        double lo = Math.min(a, b);
        return hi == Double.NEGATIVE_INFINITY ? hi : hi + Math.log1p(Math.exp(lo - hi));
    }

    /** ln (T exp(-(E - E0)/kT)) from log10 T. */
    private static BatchGaussKronrod.LogIntegrand boltzmann(BatchLog10 log10T, double e0, double kT) {
        return (e, out, n) -> {
            log10T.evaluate(e, out, n);
            for (int i = 0; i < n; i++) {
                out[i] = out[i] * LN10 - (e[i] - e0) / kT;
            }
        };
    }

    /** Fills out[i] = log10 T(e[i]) for i < n. */
    @FunctionalInterface
    interface BatchLog10 {
        void evaluate(double[] e, double[] out, int n);
    }

    /**
     * Panels between the breakpoints: mapped ones around narrow resonances, linear ones elsewhere, the
     * linear ones as wide as keeps every known pole outside their Bernstein ellipse {@link #ELLIPSE}, where the
     * known resonances set the scale on which T varies (so few need halving).
     */
    static List<MappedPanel> panels(double e0, double top, TreeSet<Double> breakpoints, double[] energyEv,
                                    double[] widthEv) {
        return panels(e0, top, breakpoints, energyEv, widthEv, UnresolvedPeaks.none(energyEv.length), new ArrayList<>());
    }

    /**
     * As above, except that a narrow resonance (or cluster) whose every member {@code unresolved} closes gets
     * no core panel: {@code cores} receives {E_r, ln of its Breit-Wigner integral over the core, its index in
     * {@code energyEv}} for each member
     * instead, and the tails carry the core's half-width (so that {@link NoiseScreen} still probes them).
     */
    static List<MappedPanel> panels(double e0, double top, TreeSet<Double> breakpoints, double[] energyEv,
                                    double[] widthEv, UnresolvedPeaks unresolved, List<double[]> cores) {
        int n = energyEv.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(energyEv[a], energyEv[b]));
        double[] er = new double[n];
        double[] half = new double[n];
        for (int k = 0; k < n; k++) {
            er[k] = energyEv[order[k]];
            half[k] = 0.5 * widthEv[order[k]];
        }
        // Narrow resonances (or tight clusters of them) and the stretch [centre - left reach, centre + right
        // reach] each one owns.
        List<Owned> owned = new ArrayList<>();
        for (int k = 0; k < n; ) {
            int last = clusterEnd(er, half, k);
            double centre = 0.5 * (er[k] + er[last]);
            double g = clusterWidth(er, half, k, last);
            int next = last + 1;
            if (!(centre > e0 && centre < top && g > 0 && Double.isFinite(g))) {
                k = next;
                continue;
            }
            double left = Math.min(centre - e0, k > 0 ? centre - er[k - 1] : Double.POSITIVE_INFINITY);
            double right = Math.min(top - centre, next < n ? er[next] - centre : Double.POSITIVE_INFINITY);
            if (g < NARROW * Math.min(left, right)) {
                boolean closed = true;
                for (int m = k; m <= last; m++) {
                    closed &= unresolved.closed(order[m]);
                }
                owned.add(new Owned(centre, g, TAIL_REACH * left, TAIL_REACH * right, closed, k, last));
            }
            k = next;
        }
        Mesh mesh = new Mesh(er, half, breakpoints, e0, top);
        List<MappedPanel> panels = new ArrayList<>();
        double from = e0;
        for (Owned r : owned) {
            double centre = r.centre();
            mesh.linear(panels, from, centre - r.reachLeft());
            double core = peak(panels, centre, 0.5 * r.width(), r.reachLeft(), r.reachRight(), r.closed());
            if (r.closed()) {
                for (int m = r.first(); m <= r.last(); m++) {
                    cores.add(new double[] {er[m], unresolved.lnCoreIntegral(order[m], er[m], centre - core, centre + core),
                            order[m]});
                }
            }
            from = centre + r.reachRight();
        }
        mesh.linear(panels, from, top);
        // The first panel starts where a lead opens: under bias T rises there as sqrt(E - E0), which
        // Gauss-Kronrod integrates slowly and, worse, with error estimates that can be fooled.
        MappedPanel first = panels.get(0);
        if (first.map == MappedPanel.Map.LINEAR && first.t0 == e0) {
            panels.set(0, MappedPanel.threshold(e0, first.t1));
        }
        return panels;
    }

    /**
     * The stretch a narrow resonance, or a cluster of them (members first..last in energy order), owns: its
     * centre and width, how far its tails reach on each side, and whether its core is taken in closed form.
     */
    private record Owned(double centre, double width, double reachLeft, double reachRight, boolean closed, int first,
                         int last) {}

    /**
     * A narrow resonance's panels: the Lorentzian core (none where {@code closed}: its tails then carry h) and
     * the log-mapped tails out to {@code reachLeft} below and {@code reachRight} above the centre. Returns the
     * core's half-extent.
     */
    private static double peak(List<MappedPanel> panels, double centre, double h, double reachLeft, double reachRight,
                               boolean closed) {
        double core = Math.min(CORE_WIDTHS * 2 * h, Math.min(reachLeft, reachRight));
        double theta = Math.atan(core / h);
        double tailH = closed ? h : 0;
        if (reachLeft > core) {
            panels.add(new MappedPanel(MappedPanel.Map.TAIL_LEFT, centre, tailH, Math.log(core), Math.log(reachLeft)));
        }
        if (!closed) {
            panels.add(new MappedPanel(MappedPanel.Map.LORENTZIAN, centre, h, -theta, theta));
        }
        if (reachRight > core) {
            panels.add(new MappedPanel(MappedPanel.Map.TAIL_RIGHT, centre, tailH, Math.log(core), Math.log(reachRight)));
        }
        return core;
    }

    /**
     * Whether a core belongs to one resonance, not a cluster: its centre and half-width are then one pole's
     * own (a cluster's centre is the mean of its ends, its width spread plus widest member).
     */
    private static boolean single(MappedPanel core, double[] energyEv, double[] widthEv) {
        for (int i = 0; i < energyEv.length; i++) {
            if (energyEv[i] == core.centre && 0.5 * widthEv[i] == core.halfWidth) {
                return true;
            }
        }
        return false;
    }

    /**
     * The panels of one resonance (laid out by {@link #panels}, in order) laid out again around the pole
     * (centre, h = Gamma/2) over the same stretch of energy; null where the pole lies outside it.
     */
    static List<MappedPanel> relayout(List<MappedPanel> old, double centre, double h) {
        MappedPanel first = old.get(0);
        MappedPanel last = old.get(old.size() - 1);
        double reachLeft = centre - first.energy(first.map == MappedPanel.Map.TAIL_LEFT ? first.t1 : first.t0);
        double reachRight = last.energy(last.t1) - centre;
        if (!(reachLeft > 0 && reachRight > 0 && h > 0)) {
            return null;
        }
        List<MappedPanel> fresh = new ArrayList<>(3);
        peak(fresh, centre, h, reachLeft, reachRight, false);
        return fresh;
    }

    /**
     * The last pole of the cluster that starts at k (sorted): neighbours closer than {@link #LINK_WIDTHS}
     * times the narrower one's width overlap into one peak. Such clusters are the members of multiplets
     * split by about their widths, the unresolved ones (ulps apart, width the resolution floor) and the two
     * members of double zeros; each cluster gets one set of panels, since linear panels graded about every
     * member would step down geometrically to its width from both sides (about 40 panels per side). A
     * cluster wider than {@link #CLUSTER_WIDTHS} times its narrowest member is not one peak in the core's
     * variable (a narrow member could hide between its nodes): then the pole at k stands alone.
     */
    private static int clusterEnd(double[] er, double[] half, int k) {
        int last = k;
        double narrowest = 2 * half[k];
        while (last + 1 < er.length
                && er[last + 1] - er[last] <= LINK_WIDTHS * 2 * Math.min(half[last], half[last + 1])) {
            last++;
            narrowest = Math.min(narrowest, 2 * half[last]);
        }
        return clusterWidth(er, half, k, last) <= CLUSTER_WIDTHS * narrowest ? last : k;
    }

    /** The width a cluster's Lorentzian map uses: its spread plus its widest member's width. */
    private static double clusterWidth(double[] er, double[] half, int k, int last) {
        double widest = 0;
        for (int i = k; i <= last; i++) {
            widest = Math.max(widest, 2 * half[i]);
        }
        return er[last] - er[k] + widest;
    }

    /** Linear panels graded by the known poles: each as wide as keeps them outside its ellipse. */
    private static final class Mesh {
        /** The highest poles whose gaps set the scale above them... */
        private static final int TOP_POLES = 4;
        /** ...and the panels' width there, in those gaps, at most... */
        private static final double TOP_CAP_SPACINGS = 1.5;
        /** ...though never so small that the range above would need more than this many panels. */
        private static final double MAX_TOP_PANELS = 4096;
        private final double[] er;
        private final double[] half;
        private final TreeSet<Double> breakpoints;

        /**
         * Above the highest known pole the distance to the nearest one no longer bounds the panels:
         * the resonances go on above the search window (T oscillates there on their spacing), they are
         * just not listed. A panel many spacings wide can fool Gauss-Kronrod's error estimate (15 nodes
         * over 30 wiggles once agreed with the 7-node rule and cost <T> 7e-7), so there the panels are
         * at most {@link #TOP_CAP_SPACINGS} times the widest gap among the highest poles wide.
         */
        private final double cap;
        private final double highest;

        Mesh(double[] er, double[] half, TreeSet<Double> breakpoints, double e0, double top) {
            this.er = er;
            this.half = half;
            this.breakpoints = breakpoints;
            int n = er.length;
            double gap = 0;
            for (int k = Math.max(1, n - TOP_POLES); k < n; k++) {
                gap = Math.max(gap, er[k] - er[k - 1]);
            }
            this.highest = n > 0 ? er[n - 1] : Double.POSITIVE_INFINITY;
            this.cap = gap > 0 ? Math.max(TOP_CAP_SPACINGS * gap, (top - e0) / MAX_TOP_PANELS) : Double.POSITIVE_INFINITY;
        }

        void linear(List<MappedPanel> panels, double a, double b) {
            if (!(b > a)) {
                return;
            }
            double x = a;
            for (double bp : breakpoints.subSet(a, false, b, false)) {
                graded(panels, x, bp);
                x = bp;
            }
            graded(panels, x, b);
        }

        private void graded(List<MappedPanel> panels, double a, double b) {
            double x = a;
            while (x < b) {
                double w = width(x);
                double next = x + w < b && b - (x + w) > MIN_LAST_FRACTION * w ? x + w : b;
                if (!(next > x)) {
                    next = b;
                }
                panels.add(MappedPanel.linear(x, next));
                x = next;
            }
        }

        /**
         * The widest panel [x, x + w] whose ellipse leaves out every known pole: for a pole p = E_r - i Gamma/2,
         * |p - x| + |p - x - w| = s w at w = 2 (s |p - x| - (E_r - x)) / (s^2 - 1), s = {@link #FOCAL_SUM}, and it
         * is outside below that. That is 2 |p - x| / (s + 1) at least (a pole straight ahead), so poles farther
         * than (s + 1)/2 times the narrowest width so far cannot narrow it: the scan stops there on each side.
         * Past the highest pole, where poles go on unlisted, no wider than {@link #cap}: a panel that would reach
         * past it ends there or keeps to that width.
         */
        private double width(double x) {
            int i = java.util.Arrays.binarySearch(er, x);
            int at = i >= 0 ? i : -i - 1;
            double reach = 0.5 * (FOCAL_SUM + 1);
            double w = x > highest ? cap : Double.POSITIVE_INFINITY;
            for (int k = at; k < er.length && er[k] - x < reach * w; k++) {
                w = Math.min(w, poleWidth(x, k));
            }
            for (int k = at - 1; k >= 0 && x - er[k] < reach * w; k--) {
                w = Math.min(w, poleWidth(x, k));
            }
            return x + w > highest ? Math.min(w, Math.max(highest - x, cap)) : w;
        }

        private double poleWidth(double x, int k) {
            double u = er[k] - x;
            double s = FOCAL_SUM;
            return 2 * (s * ComplexIncidentAmplitude.modulus(u, half[k]) - u) / (s * s - 1);
        }
    }
}

package io.ionsweep.engine.observables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which resonance panels take the integrand from the stable evaluator instead of the fast one.
 *
 * <p>Why: near a narrow resonance of a chain of wells the transfer-matrix kernels cancel far more than
 * the condition of T requires (in a four-site K+ filter their relative error was 6.6e-6 at Q = 1.9e9 and
 * 1.3e-3 at Q = 3.9e10, against 2.0e-6 and 4.9e-5, the condition of T, for the stable evaluator: the scattering
 * matrices of {@link io.ionsweep.engine.kernel.ScatteringTransmission}, as accurate there as the backward-stable
 * determinant at 0.43 of its cost). Such noise makes
 * Gauss-Kronrod halve on it, and it biases T low: it cost figure-map.yaml configuration 74's <T> 2.1e-6
 * and four of the throughput workload's configurations three times their evaluations.
 *
 * <p>How: after the first pass, every resonance whose panels carry at least {@link #SHARE} of the integral
 * is probed once: the two evaluators at E_r +- Gamma/2, where the Lorentzian's slope (and so the fast
 * evaluator's relative error) is largest. That error falls off as Gamma / (2 |E - E_r|) into the tails. A
 * panel whose value times {@link #SAFETY} times its estimated error exceeds {@link #SHARE} of the integral
 * is flagged; the integrator re-evaluates it, and its halves, with the stable evaluator.
 *
 * <p>Where the panels were laid out around approximate poles, a flagged resonance's panels can first be laid
 * out again around the stable evaluator's own pole: its peak is a Lorentzian to many digits only about that
 * pole, and in the core's variable an off-centre peak (a few per cent of the width) costs Gauss-Kronrod several
 * halvings, each at the stable evaluator's price.
 */
final class NoiseScreen {
    /**
     * The largest part of the integral a panel's noise (times {@link #SAFETY}) may touch; the integral's tolerance
     * is 1e-9. On bench's workload 1e-11 took 583 stable evaluations per configuration and saved 3,730 kernel
     * evaluations, 1e-10 340 and 2,862, the cheaper balance (measured when the stable evaluator was the determinant,
     * 16 kernel evaluations; at the scattering matrices' 7 the same counts still make 1e-10 the cheaper).
     */
    static final double SHARE = 1e-10;
    /** The error measured at two points is a sample of a random one: it is taken this many times larger. */
    static final double SAFETY = 10;

    private NoiseScreen() {}

    /**
     * Flags the panels to re-evaluate with {@code stable} and returns those to evaluate again.
     *
     * @param panels   evaluated once with {@code fast} (their values share one scale); a resonance's panels
     *                 laid out again are replaced in this list
     * @param relayout a flagged resonance's panels laid out again (the same outer edges, not yet evaluated), or
     *                 null to keep them; null for none
     */
    static List<MappedPanel> flag(List<MappedPanel> panels, BatchGaussKronrod.LogIntegrand fast,
                                  BatchGaussKronrod.LogIntegrand stable, UnaryOperator<List<MappedPanel>> relayout) {
        double total = 0;
        Map<Double, PeakPanels> byCentre = new LinkedHashMap<>();
        for (MappedPanel p : panels) {
            total += p.value;
            if (p.map == MappedPanel.Map.LORENTZIAN || p.map == MappedPanel.Map.TAIL_LEFT
                    || p.map == MappedPanel.Map.TAIL_RIGHT) {
                PeakPanels r = byCentre.computeIfAbsent(p.centre, c -> new PeakPanels());
                r.panels.add(p);
                r.value += p.value;
                if (p.map == MappedPanel.Map.LORENTZIAN || p.halfWidth > 0) {
                    // the tails of a peak whose core is in closed form carry its half-width
                    r.halfWidth = p.halfWidth;
                }
            }
        }
        double floor = SHARE * total;
        List<PeakPanels> probed = new ArrayList<>();
        for (PeakPanels r : byCentre.values()) {
            if (r.halfWidth > 0 && SAFETY * r.value > floor) {
                probed.add(r);
            }
        }
        List<MappedPanel> flagged = new ArrayList<>();
        if (probed.isEmpty()) {
            return flagged;
        }
        int n = 2 * probed.size();
        double[] e = new double[n];
        for (int k = 0; k < probed.size(); k++) {
            PeakPanels r = probed.get(k);
            double centre = r.panels.get(0).centre;
            e[2 * k] = centre - r.halfWidth;
            e[2 * k + 1] = centre + r.halfWidth;
        }
        double[] lnFast = new double[n];
        double[] lnStable = new double[n];
        fast.evaluate(e, lnFast, n);
        stable.evaluate(e, lnStable, n);
        for (int k = 0; k < probed.size(); k++) {
            PeakPanels r = probed.get(k);
            double error = Math.max(difference(lnFast[2 * k], lnStable[2 * k]),
                    difference(lnFast[2 * k + 1], lnStable[2 * k + 1]));
            List<MappedPanel.Map> noisy = new ArrayList<>();
            for (MappedPanel p : r.panels) {
                double reach = p.map == MappedPanel.Map.LORENTZIAN ? 1 : Math.min(1, r.halfWidth / Math.exp(p.t0));
                if (SAFETY * error * reach * p.value > floor) {
                    noisy.add(p.map);
                }
            }
            List<MappedPanel> fresh = noisy.isEmpty() || relayout == null ? null : relayout.apply(r.panels);
            if (fresh == null) {
                for (MappedPanel p : r.panels) {
                    if (noisy.contains(p.map)) {
                        p.stable = true;
                        flagged.add(p);
                    }
                }
            } else {
                // the new panels take the place of the old, the noisy parts (by map) from the stable evaluator
                int at = indexOf(panels, r.panels.get(0));
                panels.subList(at, at + r.panels.size()).clear();
                panels.addAll(at, fresh);
                for (MappedPanel p : fresh) {
                    p.stable = noisy.contains(p.map);
                    flagged.add(p);
                }
            }
        }
        return flagged;
    }

    /** The position of p itself (not of an equal panel) in the list. */
    private static int indexOf(List<MappedPanel> panels, MappedPanel p) {
        for (int i = 0; i < panels.size(); i++) {
            if (panels.get(i) == p) {
                return i;
            }
        }
        throw new IllegalStateException("panel not in the list");
    }

    /** |f1/f2 - 1| from the logarithms (infinite where only one of them vanishes). */
    private static double difference(double ln1, double ln2) {
        if (ln1 == ln2) {
            return 0;
        }
        double d = Math.expm1(ln1 - ln2);
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.abs(d);
    }

    /** The panels of one resonance (or cluster), their summed value and the core's half-width. */
    private static final class PeakPanels {
        final List<MappedPanel> panels = new ArrayList<>();
        double value;
        double halfWidth;
    }
}

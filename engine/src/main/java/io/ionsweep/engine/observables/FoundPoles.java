package io.ionsweep.engine.observables;

import io.ionsweep.engine.kernel.ComplexIncidentAmplitude;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The zeros the polisher has found, in the order found (the order in which they are divided out, which fixes
 * the bits of the products and sums over them), with an index by E_r so that "is a zero within tol of z" and
 * "which zeros lie within reach of E" look at the neighbours only. The full scans of the list for every
 * polished zero took about 4 % of the throughput workload's search (~290 zeros a configuration). Appends only.
 */
final class FoundPoles extends AbstractList<Pole> {
    private final List<Pole> poles;
    /** E_r of the zeros, ascending... */
    private double[] energies;
    /** ...and where each sits in the order found. */
    private int[] positions;
    /** The widest Gamma appended. */
    private double widest;

    FoundPoles(int capacity) {
        int n = Math.max(capacity, 8);
        poles = new ArrayList<>(n);
        energies = new double[n];
        positions = new int[n];
    }

    /** The index of a whole list, in its order (as appending each in turn, without the insertions' moves). */
    static FoundPoles of(List<Pole> list) {
        int n = list.size();
        FoundPoles f = new FoundPoles(n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // by E_r, equal ones in list order (a stable sort), as firstAbove places them
        Arrays.sort(order, (a, b) -> Double.compare(list.get(a).energyEv(), list.get(b).energyEv()));
        for (int k = 0; k < n; k++) {
            f.energies[k] = list.get(order[k]).energyEv();
            f.positions[k] = order[k];
        }
        for (Pole p : list) {
            f.poles.add(p);
            f.widest = Math.max(f.widest, p.widthEv());
        }
        return f;
    }

    @Override
    public Pole get(int index) {
        return poles.get(index);
    }

    @Override
    public int size() {
        return poles.size();
    }

    @Override
    public void add(int index, Pole p) {
        if (index != poles.size()) {
            throw new UnsupportedOperationException("found zeros are only appended");
        }
        int n = poles.size();
        if (n == energies.length) {
            energies = Arrays.copyOf(energies, 2 * n);
            positions = Arrays.copyOf(positions, 2 * n);
        }
        int at = firstAbove(p.energyEv());
        System.arraycopy(energies, at, energies, at + 1, n - at);
        System.arraycopy(positions, at, positions, at + 1, n - at);
        energies[at] = p.energyEv();
        positions[at] = n;
        poles.add(p);
        widest = Math.max(widest, p.widthEv());
        modCount++;
    }

    /** As {@link SeedPolisher#isNew(List, double[], double)}: whether z is farther than tol from every zero found. */
    boolean isNew(double[] z, double tol) {
        for (int k = firstAtLeast(z[0] - widened(z[0], 2 * tol)); k < poles.size() && energies[k] <= z[0] + widened(z[0], 2 * tol); k++) {
            Pole p = poles.get(positions[k]);
            double dRe = p.energyEv() - z[0];
            if (Math.abs(dRe) <= 2 * tol && ComplexIncidentAmplitude.modulus(dRe, -0.5 * p.widthEv() - z[1]) <= tol) {
                return false;
            }
        }
        return true;
    }

    /** The zeros with E_r in [a, b], in the order found, as a new list. */
    List<Pole> within(double a, double b) {
        int from = firstAtLeast(a);
        int to = from;
        while (to < poles.size() && energies[to] <= b) {
            to++;
        }
        int[] picked = Arrays.copyOfRange(positions, from, to);
        Arrays.sort(picked);
        List<Pole> into = new ArrayList<>(picked.length);
        for (int k : picked) {
            into.add(poles.get(k));
        }
        return into;
    }

    /**
     * Whether z is within max({@code fraction} Gamma/2, {@code ulps} ulps of E_r) of a zero found, each zero by
     * its own width: the index's window is as wide as the widest zero's tolerance could be.
     */
    boolean nearOwnWidth(double[] z, double fraction, double ulps) {
        double reach = Math.max(fraction * 0.5 * widest, ulps * Math.ulp(2 * Math.abs(z[0]) + fraction * widest));
        double end = z[0] + widened(z[0], reach);
        for (int k = firstAtLeast(z[0] - widened(z[0], reach)); k < poles.size() && energies[k] <= end; k++) {
            Pole p = poles.get(positions[k]);
            double tol = Math.max(fraction * 0.5 * p.widthEv(), ulps * Math.ulp(p.energyEv()));
            if (ComplexIncidentAmplitude.modulus(z[0] - p.energyEv(), z[1] + 0.5 * p.widthEv()) <= tol) {
                return true;
            }
        }
        return false;
    }

    /** The zeros with |E_r - at| < reach, in the order found, into {@code into} (cleared first). */
    List<Pole> near(double at, double reach, List<Pole> into) {
        into.clear();
        int from = firstAtLeast(at - widened(at, reach));
        int to = from;
        while (to < poles.size() && energies[to] <= at + widened(at, reach)) {
            to++;
        }
        int[] picked = new int[to - from];
        int count = 0;
        for (int k = from; k < to; k++) {
            if (Math.abs(energies[k] - at) < reach) {
                picked[count++] = positions[k];
            }
        }
        Arrays.sort(picked, 0, count);
        for (int k = 0; k < count; k++) {
            into.add(poles.get(picked[k]));
        }
        return into;
    }

    /**
     * A distance widened past the rounding of at +- distance, so that the index's window holds every zero the
     * exact test |E_r - at| <= distance can accept; the exact test then decides.
     */
    private static double widened(double at, double distance) {
        return 2 * distance + 4 * Math.ulp(at);
    }

    /** The first index whose energy is >= x. */
    private int firstAtLeast(double x) {
        int lo = 0;
        int hi = poles.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (energies[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose energy is > x (after zeros of equal E_r, so the order found is kept among them). */
    private int firstAbove(double x) {
        int lo = 0;
        int hi = poles.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (energies[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package io.ionsweep.engine.observables;

import io.ionsweep.engine.profile.Staircase;

/** The tests' four-site filter, spelled out layer by layer: five equal barriers around four equal wells, leads at 0. */
final class FourSiteFilter {
    private FourSiteFilter() {}

    /** Barriers of barrierEv x barrierWidthA, wells of wellEv (negative for a well below the leads) x wellWidthA. */
    static Staircase of(double barrierEv, double barrierWidthA, double wellEv, double wellWidthA) {
        double b = barrierEv;
        double d = wellEv;
        double wb = barrierWidthA;
        double wd = wellWidthA;
        return Staircase.of(0, 0, new double[] {b, d, b, d, b, d, b, d, b}, new double[] {wb, wd, wb, wd, wb, wd, wb, wd, wb});
    }
}

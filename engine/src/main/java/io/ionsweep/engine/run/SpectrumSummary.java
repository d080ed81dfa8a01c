package io.ionsweep.engine.run;

import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/** The grid-level summary of a spectrum: its highest transmission, where it occurs, and its lowest log10 T. */
public final class SpectrumSummary implements SummaryObservable {
    private static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("peak_transmission", "", "highest T(E) on the energy grid"),
            new ResultColumn("energy_at_peak_eV", "eV", "grid energy of peak_transmission (first if tied)"),
            new ResultColumn("min_log10_transmission", "", "lowest log10 T(E) on the grid (-Infinity where a lead is closed)"));

    @Override
    public List<ResultColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(Configuration config, Spectrum spectrum, double[] out, int offset) {
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        int at = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            double v = spectrum.log10Transmission(i);
            if (v > best) {
                best = v;
                at = i;
            }
            worst = Math.min(worst, v);
        }
        out[offset] = Math.pow(10, best);
        out[offset + 1] = spectrum.energyEv(at);
        out[offset + 2] = worst;
    }
}

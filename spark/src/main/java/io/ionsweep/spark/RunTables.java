package io.ionsweep.spark;

import io.ionsweep.engine.run.SweepRunner;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.dataset.Tables;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables a run writes, from the config's {@code outputs}: per-configuration tables (computed by
 * the tasks) and derived tables (computed by Spark after them). Everything else in the Spark runner
 * is generic over this list, so a new table is one class plus one line here.
 *
 * <p>summary, spectra and resonances are {@link ConfigTable}s; selectivity is a {@link DerivedTable} over
 * the written summary.
 */
record RunTables(List<ConfigTable> perConfiguration, List<DerivedTable> derived) {

    static RunTables of(SweepConfig sweep, SweepRunner runner) {
        SweepPlan plan = sweep.plan();
        List<ConfigTable> tables = new ArrayList<>();
        if (sweep.outputs().summary()) {
            tables.add(new SummaryTable(plan.parameterColumns(), Tables.summary(plan.parameterColumns(), runner.columns())));
        }
        if (sweep.outputs().spectra()) {
            double[] energies = plan.energy().energiesEv();
            int[] idx = runner.spectrumIndex();
            double[] kept = new double[idx.length];
            for (int k = 0; k < idx.length; k++) {
                kept[k] = energies[idx[k]];
            }
            tables.add(new SpectraTable(kept));
        }
        if (sweep.outputs().resonances()) {
            tables.add(new ResonancesTable());
        }
        List<DerivedTable> derived = new ArrayList<>();
        // As ionsweep run: selectivity pairs configurations that differ only in species, in a Cartesian sweep.
        if (sweep.outputs().selectivity() && plan instanceof CartesianSweep cartesian) {
            derived.add(new SelectivityTable(cartesian.space().species(), plan.size()));
        }
        return new RunTables(List.copyOf(tables), List.copyOf(derived));
    }

    /** Rows per configuration of the largest table, for sizing slices as the local run sizes parts. */
    static long rowsPerConfiguration(SweepConfig sweep, SweepRunner runner) {
        return sweep.outputs().spectra() ? runner.spectrumIndex().length : 1;
    }
}

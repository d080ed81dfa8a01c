package io.ionsweep.spark;

import io.ionsweep.engine.run.DiscretisationErrorObservable;
import io.ionsweep.engine.run.SpectrumSummary;
import io.ionsweep.engine.run.SummaryObservable;
import io.ionsweep.io.config.SweepConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary observables of a run, chosen from the config's {@code outputs} exactly as {@code ionsweep
 * run} chooses them (cli RunCommand): the same list in the same order gives the same columns.
 */
final class RunObservables {
    private RunObservables() {}

    static List<SummaryObservable> of(SweepConfig sweep) {
        List<SummaryObservable> observables = new ArrayList<>(List.of(new SpectrumSummary(), new DiscretisationErrorObservable()));
        if (sweep.outputs().observables()) {
            observables.add(sweep.observables().observable(sweep.outputs().conductance()));
        }
        return observables;
    }
}

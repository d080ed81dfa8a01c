package io.ionsweep.engine.run;

import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/**
 * The profile's own estimate of the error of log10 T from its discretisation (staircases and dropped
 * tails of smooth profiles; 0 for piecewise-constant profiles, whose staircase is the profile), worst
 * over the energy grid. It is what the profile reported, copied, so that a dataset says how far each
 * spectrum can be trusted.
 */
public final class DiscretisationErrorObservable implements SummaryObservable {
    /** The column's name. */
    public static final String COLUMN = "discretisation_error_estimate";
    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn(COLUMN, "",
            "estimated error of log10 T from discretising the profile, worst over the energy grid "
                    + "(0 for piecewise-constant profiles)"));

    @Override
    public List<ResultColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(Configuration config, Spectrum spectrum, double[] out, int offset) {
        out[offset] = spectrum.discretisationErrorEstimate();
    }
}

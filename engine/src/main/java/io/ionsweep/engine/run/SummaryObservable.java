package io.ionsweep.engine.run;

import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/**
 * Reduces one configuration's spectrum to summary columns. Observables plug into the sweep
 * runner through this interface without touching the scheduler; implementations must be
 * thread-safe (they are shared by all workers) and deterministic.
 */
public interface SummaryObservable {

    /** The columns this observable fills, in order. */
    List<ResultColumn> columns();

    /**
     * Fills {@code out[offset .. offset + columns().size())} for one configuration.
     *
     * @param config    the configuration
     * @param spectrum  its spectrum on the sweep's energy grid
     * @param out       destination row
     * @param offset    first index of this observable's columns in {@code out}
     */
    void compute(Configuration config, Spectrum spectrum, double[] out, int offset);

    /**
     * As {@link #compute(Configuration, Spectrum, double[], int)}, and hands the configuration's resonances
     * to {@code resonances} when it is not null. Observables without resonances ignore it.
     */
    default void compute(Configuration config, Spectrum spectrum, double[] out, int offset, ResonanceSink resonances) {
        compute(config, spectrum, out, offset);
    }
}

package io.ionsweep.engine.sweep;

import java.util.List;

/**
 * A numbered set of configurations evaluated on one energy grid. Configurations are computed on demand
 * from their {@code config_id}, never materialised: a plan of 10^9 configurations costs a few arrays.
 * A plan is immutable and safe to share between threads; {@link #configuration(long)} depends only on
 * the id, so any thread count or order gives the same configurations.
 */
public interface SweepPlan {

    /** Number of configurations; ids run 0..size-1. */
    long size();

    /** The configuration with this id, computed in O(number of axes). */
    Configuration configuration(long configId);

    /** The energies every configuration is evaluated at. */
    EnergyGrid energy();

    /** Names of {@link Configuration#parameters()}, in their order; the same for every configuration. */
    List<String> parameterColumns();

    /** The parameter columns that take more than one value in this plan, in column order. */
    List<String> sweptParameters();

    /** Throws unless 0 <= configId < size. */
    default void checkId(long configId) {
        if (configId < 0 || configId >= size()) {
            throw new IndexOutOfBoundsException("config_id " + configId + " outside 0.." + (size() - 1));
        }
    }
}

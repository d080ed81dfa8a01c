package io.ionsweep.engine.sweep;

import io.ionsweep.engine.profile.ProfileSpec;

/**
 * Builds a profile from its parameter values, given in the order of its {@link ProfileTemplate#axes()}.
 * Every call must give a profile whose {@link ProfileSpec#parameters()} has the same keys in the same order.
 */
@FunctionalInterface
public interface ProfileFactory {
    ProfileSpec create(double[] values);
}

package io.ionsweep.engine.sweep;

/** How a range's values are spaced between its ends. */
public enum Scale {
    /** Equal differences. */
    LINEAR,
    /** Equal ratios (both ends > 0); sampling draws log-uniformly. */
    LOG
}

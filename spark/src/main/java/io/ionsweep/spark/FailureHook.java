package io.ionsweep.spark;

import java.io.Serializable;

/**
 * Test hook (no command-line option): the first {@code attempts} attempts of slice {@code slice} fail
 * after yielding one row, so that tests can watch Spark retry a task, or give up.
 */
record FailureHook(int slice, int attempts) implements Serializable {
    static final FailureHook NONE = new FailureHook(-1, 0);

    boolean failsAt(int slice, int attemptNumber) {
        return slice == this.slice && attemptNumber < attempts;
    }
}

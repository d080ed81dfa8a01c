package io.ionsweep.spark;

import io.ionsweep.engine.run.PartPlan;
import java.io.Serializable;

/**
 * What the driver ships to every task: the config text itself (each executor loads it with the same
 * {@code ConfigLoader}, so it expands the same configurations in the same config_id order), the kernel
 * choice, and how the id range is cut into slices (one slice per Spark partition).
 *
 * @param configText      the YAML exactly as the driver read and validated it
 * @param sourceName      the config's file name, for messages
 * @param configDirectory absolute directory of the config (a table profile's file is relative to it)
 * @param kernel          auto, scalar or vector
 * @param totalConfigs    configurations in the sweep
 * @param configsPerSlice configurations per slice (the last may be shorter)
 * @param resolvedYaml    the driver's resolved config: an executor whose load differs (e.g. another copy of
 *                        a table profile's CSV, whose SHA-256 the resolved config records) refuses to run
 * @param failure         test hook: attempts of a slice that fail; {@link FailureHook#NONE} for none
 */
public record SweepJob(String configText, String sourceName, String configDirectory, String kernel,
                       long totalConfigs, long configsPerSlice, String resolvedYaml, FailureHook failure)
        implements Serializable {

    public SweepJob {
        if (totalConfigs < 1 || configsPerSlice < 1) {
            throw new IllegalArgumentException("a job needs >= 1 configuration and >= 1 configuration per slice");
        }
        if ((totalConfigs + configsPerSlice - 1) / configsPerSlice > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many slices: raise the configurations per slice");
        }
    }

    /** Slices as parts of a {@link PartPlan}: slice i is part i. */
    public PartPlan slices() {
        return new PartPlan(totalConfigs, configsPerSlice, 0, 1);
    }

    public int sliceCount() {
        return (int) slices().partCount();
    }
}

package io.ionsweep.io.config;

import io.ionsweep.engine.run.DiscretisationErrorObservable;
import io.ionsweep.engine.run.SpectrumSummary;
import io.ionsweep.engine.run.SummaryObservable;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.SweepPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded, validated config: the physics plan and the run options.
 *
 * @param plan         the configurations and energies (a spectrum config is a plan of one configuration)
 * @param outputs      what to write
 * @param observables  the conductance model and resonance window of the thermal observables
 * @param parquet      Parquet options
 * @param limits       safety limits
 * @param sampling     the {@code sample:} block, or null for a Cartesian sweep
 * @param name         {@code name:} from the config, or the file name without extension
 * @param description  {@code description:} from the config, or empty
 * @param source       where the config came from (file path or test name)
 * @param resolvedYaml the config with every default filled in, as YAML (for manifests and Parquet metadata)
 */
public record SweepConfig(SweepPlan plan, Outputs outputs, ObservableOptions observables, ParquetOptions parquet, Limits limits,
                          SamplingSpec sampling, String name, String description, String source,
                          String resolvedYaml) {

    /** The {@code sample:} block: method {@code random} or {@code sobol}, count, seed, scramble (sobol only). */
    public record SamplingSpec(String method, long count, long seed, boolean scramble) {}

    /**
     * The one configuration of a spectrum config ({@code ionsweep spectrum}).
     *
     * @throws ConfigException if the config sweeps or samples more than one configuration
     */
    public io.ionsweep.engine.sweep.Configuration singleConfiguration() {
        if (plan.size() != 1) {
            throw new ConfigException(source, sampling != null ? "sample" : "",
                    "the config describes " + plan.size() + " configurations"
                            + (plan.sweptParameters().isEmpty() ? "" : " (swept: " + String.join(", ", plan.sweptParameters()) + ")"),
                    "one value per parameter and no sample block for a spectrum (use ionsweep run for sweeps)");
        }
        return plan.configuration(0);
    }

    /**
     * The summary observables this config's {@code outputs} ask for, in column order: every runner of the
     * config (local, Spark) takes this list, so their summary tables have the same columns.
     */
    public List<SummaryObservable> summaryObservables() {
        List<SummaryObservable> observables = new ArrayList<>(List.of(new SpectrumSummary(), new DiscretisationErrorObservable()));
        if (outputs.observables()) {
            observables.add(this.observables.observable(outputs.conductance(), outputs.resonances(), biasSwept()));
        }
        return observables;
    }

    /**
     * Whether bias_mV takes several values of a Cartesian sweep: then each profile recurs at every bias, and the
     * thermal observables keep its unbiased part instead of computing it again (a sampled sweep draws every
     * parameter anew, so its profiles do not recur).
     */
    public boolean biasSwept() {
        return plan instanceof CartesianSweep && plan.sweptParameters().contains("bias_mV");
    }

    /** The estimate of work and output of this config (for --dry-run and the output limit). */
    public SweepEstimate estimate() {
        return SweepEstimate.of(this);
    }
}

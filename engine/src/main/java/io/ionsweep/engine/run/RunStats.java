package io.ionsweep.engine.run;

/**
 * What a run did.
 *
 * @param configurations       configurations computed in this run (skipped parts excluded)
 * @param energyEvaluations    transmission values computed: configurations x energies
 * @param wallSeconds          elapsed time of the run
 * @param batchLatencyP50Ms    batch latency percentiles in ms (from an HdrHistogram)
 * @param batchLatencyP90Ms    90th percentile
 * @param batchLatencyP99Ms    99th percentile
 * @param batchLatencyMaxMs    maximum
 * @param batches              number of batches
 */
public record RunStats(long configurations, long energyEvaluations, double wallSeconds, double batchLatencyP50Ms,
                       double batchLatencyP90Ms, double batchLatencyP99Ms, double batchLatencyMaxMs, long batches) {

    public double configurationsPerSecond() {
        return wallSeconds > 0 ? configurations / wallSeconds : 0;
    }

    public double evaluationsPerSecond() {
        return wallSeconds > 0 ? energyEvaluations / wallSeconds : 0;
    }
}

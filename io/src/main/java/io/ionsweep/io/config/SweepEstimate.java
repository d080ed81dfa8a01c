package io.ionsweep.io.config;

import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.CartesianSweep;
import io.ionsweep.engine.sweep.SweepPlan;

import java.util.Locale;

/**
 * What a run will cost, for {@code --dry-run} and the output limit: configurations, energies, kernel
 * evaluations (configurations x energies x slices), rows and bytes per table.
 *
 * <p>Bytes are an uncompressed, plain-encoding estimate (compression usually shrinks data, so this is
 * an upper-bound style figure): a summary row is 8 bytes per double or int64 column ({@code config_id},
 * every numeric parameter, {@value #SUMMARY_RESULT_COLUMNS} result columns, plus the thermal observables'
 * columns when {@code outputs.conductance} is on), 4 bytes for {@code charge}
 * (int32) and 4 + the name's length for {@code species}; a spectra row is {@value #SPECTRA_ROW_BYTES} bytes
 * ({@code config_id, energy_eV, transmission, log10_transmission}); a resonances row
 * {@value #RESONANCE_ROW_BYTES} bytes (seven 8-byte columns and a boolean); a selectivity row 8 bytes per
 * numeric column and 4 + the name's length per species. Slices per configuration are the mean over up to
 * {@value #SLICE_SAMPLES} configurations spread evenly over the ids (exact for smaller sweeps). Resonances
 * per configuration are a rough figure: the mean over up to {@value #RESONANCE_SAMPLES} configurations spread
 * evenly over the ids of the Dirichlet eigenvalues in each one's resonance window at zero bias (two Sturm
 * counts each: the search's seeds, about one per resonance; the search itself, milliseconds per
 * configuration before the JIT has compiled it, made every run start seconds late). Selectivity rows are exact:
 * (configurations / species) x species (species - 1) / 2.
 *
 * @param configurations     number of configurations
 * @param energies           energies per configuration
 * @param meanSlices         mean staircase slices per configuration
 * @param kernelEvaluations  configurations x energies x slices (saturates at Long.MAX_VALUE)
 * @param summaryRows        rows of DIR/summary (0 if disabled)
 * @param spectraRows        rows of DIR/spectra (0 if disabled)
 * @param summaryBytes       estimated bytes of DIR/summary
 * @param spectraBytes       estimated bytes of DIR/spectra
 * @param resonanceRows      estimated rows of DIR/resonances (0 if disabled)
 * @param resonanceBytes     estimated bytes of DIR/resonances
 * @param selectivityRows    rows of DIR/selectivity of an unsharded run (0 if disabled)
 * @param selectivityBytes   estimated bytes of DIR/selectivity
 */
public record SweepEstimate(long configurations, int energies, double meanSlices, long kernelEvaluations,
                            long summaryRows, long spectraRows, long summaryBytes, long spectraBytes,
                            long resonanceRows, long resonanceBytes, long selectivityRows, long selectivityBytes) {

    /**
     * Result columns of a summary row (peak_transmission, energy_at_peak_eV, min_log10_transmission,
     * discretisation_error_estimate).
     */
    public static final int SUMMARY_RESULT_COLUMNS = 4;
    /** Bytes of one spectra row: four 8-byte columns. */
    public static final int SPECTRA_ROW_BYTES = 32;
    /** Bytes of one resonances row: config_id and six doubles of 8 bytes, and a boolean. */
    public static final int RESONANCE_ROW_BYTES = 8 * 7 + 1;
    /** Numeric columns of a selectivity row: two config ids, four conductances, two ratios. */
    public static final int SELECTIVITY_NUMERIC_COLUMNS = 8;
    /** Configurations inspected for the slice count. */
    static final int SLICE_SAMPLES = 64;
    /** Configurations whose resonances are counted for the estimate. */
    static final int RESONANCE_SAMPLES = 64;
    private static final int NUMERIC_BYTES = 8;
    private static final int INT32_BYTES = 4;
    private static final int STRING_LENGTH_BYTES = 4;

    public long totalBytes() {
        return saturatingAdd(saturatingAdd(summaryBytes, spectraBytes), saturatingAdd(resonanceBytes, selectivityBytes));
    }

    public static SweepEstimate of(SweepConfig config) {
        SweepPlan plan = config.plan();
        Outputs outputs = config.outputs();
        long n = plan.size();
        int energies = plan.energy().size();
        int samples = (int) Math.min(n, SLICE_SAMPLES);
        double slices = 0;
        double rowBytes = 0;
        int numericColumns = plan.parameterColumns().size() - 2; // species and charge counted apart
        int resultColumns = resultColumns(outputs);
        for (int k = 0; k < samples; k++) {
            var c = plan.configuration(spread(k, samples, n));
            slices += c.staircase().sliceCount();
            rowBytes += NUMERIC_BYTES * (1 + numericColumns + resultColumns) + INT32_BYTES
                    + STRING_LENGTH_BYTES + c.species().name().length();
        }
        slices /= samples;
        rowBytes /= samples;
        long evaluations = saturate((double) n * energies * Math.max(slices, 1));
        long summaryRows = outputs.summary() ? n : 0;
        long spectraRows = outputs.spectra() ? saturate((double) n * outputs.spectraEnergies(energies)) : 0;
        long resonanceRows = outputs.resonances() ? saturate(n * meanResonances(config)) : 0;
        long selectivityRows = 0;
        double selectivityRowBytes = 0;
        if (outputs.selectivity() && plan instanceof CartesianSweep cartesian) {
            var species = cartesian.space().species();
            long s = species.size();
            selectivityRows = saturate((double) (n / s) * (s * (s - 1) / 2));
            double names = 0;
            for (int a = 0; a < s; a++) {
                for (int b = a + 1; b < s; b++) {
                    names += species.get(a).name().length() + species.get(b).name().length();
                }
            }
            selectivityRowBytes = NUMERIC_BYTES * SELECTIVITY_NUMERIC_COLUMNS + 2 * STRING_LENGTH_BYTES
                    + names / (s * (s - 1) / 2.0);
        }
        return new SweepEstimate(n, energies, slices, evaluations, summaryRows, spectraRows,
                saturate(summaryRows * rowBytes), saturate((double) spectraRows * SPECTRA_ROW_BYTES),
                resonanceRows, saturate((double) resonanceRows * RESONANCE_ROW_BYTES),
                selectivityRows, saturate(selectivityRows * selectivityRowBytes));
    }

    /** Mean resonances per configuration over a few configurations spread over the ids (counted, not searched). */
    private static double meanResonances(SweepConfig config) {
        SweepPlan plan = config.plan();
        int samples = (int) Math.min(plan.size(), RESONANCE_SAMPLES);
        ThermalObservable observable = config.observables().observable(false, true);
        double total = 0;
        for (int k = 0; k < samples; k++) {
            total += observable.estimatedResonanceCount(plan.configuration(spread(k, samples, plan.size())));
        }
        return total / samples;
    }

    /** The k-th of {@code samples} ids spread evenly over 0..n-1, ends included. */
    private static long spread(int k, int samples, long n) {
        return samples == n ? k : samples == 1 ? 0 : (long) ((double) k * (n - 1) / (samples - 1));
    }

    /** Result columns of a summary row with these outputs. */
    public static int resultColumns(Outputs outputs) {
        return SUMMARY_RESULT_COLUMNS + (outputs.conductance() ? ThermalObservable.COLUMN_COUNT : 0);
    }

    /** Whether the estimated output exceeds the configured limit. */
    public boolean exceeds(Limits limits) {
        return totalBytes() > limits.maxOutputBytes();
    }

    /** A few lines for --dry-run. */
    public String describe() {
        return String.format(Locale.ROOT,
                "configurations:     %,d%nenergies:           %,d%nkernel evaluations: %,d (%.1f slices per configuration)%n"
                        + "summary rows:       %,d (%s)%nspectra rows:       %,d (%s)%n"
                        + "resonance rows:     %,d (%s; rough: mean of %d configurations)%n"
                        + "selectivity rows:   %,d (%s; unsharded runs only)%n"
                        + "estimated output:   %s (uncompressed estimate)",
                configurations, energies, kernelEvaluations, meanSlices, summaryRows, bytes(summaryBytes),
                spectraRows, bytes(spectraBytes), resonanceRows, bytes(resonanceBytes),
                Math.min(configurations, RESONANCE_SAMPLES), selectivityRows, bytes(selectivityBytes),
                bytes(totalBytes()));
    }

    /** Human-readable size in binary units. */
    public static String bytes(long b) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = b;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? b + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static long saturate(double v) {
        return v >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(v);
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}

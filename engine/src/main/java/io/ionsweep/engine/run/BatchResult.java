package io.ionsweep.engine.run;

import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/**
 * The results of consecutive configurations of one part, handed to the sink in config id order.
 * Arrays are row-major: {@code summary[row * summaryColumns + column]},
 * {@code spectra[row * spectrumPoints + point]} (log10 T at the strided grid points).
 * {@code resonances.get(row)} holds a configuration's resonances (a variable number, possibly none),
 * or {@code resonances} is null when the resonances table is off.
 */
public record BatchResult(long part, long firstConfigId, Configuration[] configurations, double[] summary,
                          int summaryColumns, double[] spectra, int spectrumPoints, List<List<Resonance>> resonances) {

    public BatchResult {
        if (resonances != null && resonances.size() != configurations.length) {
            throw new IllegalArgumentException("resonances: " + resonances.size() + " lists for "
                    + configurations.length + " configurations");
        }
    }

    /** A batch without resonances. */
    public BatchResult(long part, long firstConfigId, Configuration[] configurations, double[] summary,
                       int summaryColumns, double[] spectra, int spectrumPoints) {
        this(part, firstConfigId, configurations, summary, summaryColumns, spectra, spectrumPoints, null);
    }

    public int size() {
        return configurations.length;
    }

    public double summary(int row, int column) {
        return summary[row * summaryColumns + column];
    }

    public double spectrumLog10T(int row, int point) {
        return spectra[row * spectrumPoints + point];
    }

    public boolean hasSpectra() {
        return spectra != null;
    }

    public boolean hasResonances() {
        return resonances != null;
    }

    /** The resonances of one configuration of the batch. */
    public List<Resonance> resonances(int row) {
        return resonances.get(row);
    }
}

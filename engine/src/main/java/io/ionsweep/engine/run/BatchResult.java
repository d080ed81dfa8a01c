package io.ionsweep.engine.run;

import io.ionsweep.engine.sweep.Configuration;

/**
 * The results of consecutive configurations of one part, handed to the sink in config id order.
 * Arrays are row-major: {@code summary[row * summaryColumns + column]},
 * {@code spectra[row * spectrumPoints + point]} (log10 T at the strided grid points).
 */
public record BatchResult(long part, long firstConfigId, Configuration[] configurations, double[] summary,
                          int summaryColumns, double[] spectra, int spectrumPoints) {

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
}

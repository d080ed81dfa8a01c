package io.ionsweep.io.dataset;

import io.ionsweep.engine.run.ThermalObservable;
import java.util.Locale;

/**
 * The one line a run's closing report adds when some of its configurations carry a {@code <T>} (or quantum
 * current) that double precision does not certify to {@link ThermalObservable#STATED_ACCURACY}; the local run
 * and the Spark run print the same words.
 */
public final class UndeterminedWarning {
    private UndeterminedWarning() {}

    /**
     * @param meanRows    configurations whose {@link ThermalObservable#MEAN_UNDETERMINED} is above the accuracy
     * @param currentRows the same for {@link ThermalObservable#CURRENT_UNDETERMINED}
     * @param rows        configurations computed in the run
     * @return the warning, or null when every configuration is certified
     */
    public static String line(long meanRows, long currentRows, long rows) {
        if (meanRows == 0 && currentRows == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "warning: %s above %.0e in %d of the %d configurations computed in this run "
                + "(%s in %d): narrow resonances, whose peaks double precision does not resolve or resolves only to "
                + "rounding noise, may carry that share of <T>, which is then not certified (README \"Where <T> itself is not determined\")",
                ThermalObservable.MEAN_UNDETERMINED, ThermalObservable.STATED_ACCURACY, meanRows, rows,
                ThermalObservable.CURRENT_UNDETERMINED, currentRows);
    }
}

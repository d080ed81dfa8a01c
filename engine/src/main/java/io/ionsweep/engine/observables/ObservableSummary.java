package io.ionsweep.engine.observables;

import java.util.List;

/**
 * The observables of issue 4 for one configuration. Values that underflow are 0 with their log10
 * finite; ratios that overflow are {@link Double#MAX_VALUE} with their log10 finite.
 *
 * @param log10MeanTransmission      log10 <T>
 * @param log10ArrheniusFactor       log10 exp(-(Vmax - E0)/kT)
 * @param log10TunnellingEnhancement log10 (<T> / Arrhenius factor)
 * @param conductanceQuantumPs       (z e)^2/h * occupancy * <T>, pS
 * @param conductanceClassicalPs     the same with the Arrhenius factor, pS
 * @param currentQuantumPa           current at the bias of the tilted profile, pA (0 without one)
 * @param currentClassicalPa         classical current at that bias, pA
 * @param resonances                 the resonances in the window, sorted by energy
 * @param firstResonanceEv           the lowest E_r, eV (NaN when there is none: a null in outputs)
 * @param medianSpacingThz           median of E_{r,n+1} - E_{r,n} over h, THz (NaN with fewer than two)
 * @param resonancesSearched         whether the resonances were searched for (false: none reported, and
 *                                   their count, first and spacing are unknown, not zero)
 * @param meanTransmissionUndetermined an upper bound, relative to <T>, on the part of <T> double precision does
 *                                   not determine: the peaks of resonances narrower than it resolves that are not
 *                                   integrated in closed form ({@link BoltzmannAverage.Average}); 0 where there
 *                                   are none. Where it exceeds 1e-6, <T> is not known to its stated accuracy.
 * @param currentUndetermined        the same for the quantum current (the <T> of the tilted profile); 0 without
 *                                   bias
 */
public record ObservableSummary(double log10MeanTransmission, double log10ArrheniusFactor,
                                double log10TunnellingEnhancement, double conductanceQuantumPs,
                                double conductanceClassicalPs, double currentQuantumPa, double currentClassicalPa,
                                List<Resonance> resonances, double firstResonanceEv, double medianSpacingThz,
                                boolean resonancesSearched, double meanTransmissionUndetermined,
                                double currentUndetermined) {

    public ObservableSummary {
        resonances = List.copyOf(resonances);
        if (!resonancesSearched && !resonances.isEmpty()) {
            throw new IllegalArgumentException("resonances listed but not searched for");
        }
    }

    /**
     * The same observables with the currents reversed: those of the bias of opposite sign, for a mirror-symmetric
     * profile (whose tilted profile at +V is the mirror image, shifted in energy, of the one at -V).
     */
    public ObservableSummary withCurrentsReversed() {
        return new ObservableSummary(log10MeanTransmission, log10ArrheniusFactor, log10TunnellingEnhancement,
                conductanceQuantumPs, conductanceClassicalPs, -currentQuantumPa, -currentClassicalPa, resonances,
                firstResonanceEv, medianSpacingThz, resonancesSearched, meanTransmissionUndetermined,
                currentUndetermined);
    }

    public double meanTransmission() {
        return Math.pow(10, log10MeanTransmission);
    }

    public double arrheniusFactor() {
        return Math.pow(10, log10ArrheniusFactor);
    }

    public double tunnellingEnhancement() {
        double v = Math.pow(10, log10TunnellingEnhancement);
        return Double.isFinite(v) ? v : Double.MAX_VALUE;
    }

    /** The number of resonances in the window; NaN when they were not searched for. */
    public double resonanceCount() {
        return resonancesSearched ? resonances.size() : Double.NaN;
    }
}

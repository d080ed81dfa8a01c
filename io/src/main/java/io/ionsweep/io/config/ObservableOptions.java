package io.ionsweep.io.config;

import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.run.ThermalObservable;

/**
 * How the thermal observables are computed: the {@code conductance:} block and the resonance window.
 *
 * @param model          the conductance model (rate or landauer)
 * @param resonanceMinEv lower end of the resonance window in eV ({@code energy.min_eV}), NaN for E0
 * @param resonanceMaxEv upper end in eV ({@code energy.max_eV}), NaN for Vmax + 10 kT
 */
public record ObservableOptions(ConductanceModel model, double resonanceMinEv, double resonanceMaxEv) {

    public ObservableOptions {
        if (model == null) {
            throw new IllegalArgumentException("a conductance model is required");
        }
    }

    /** The default model and the default window. */
    public static ObservableOptions defaults() {
        return new ObservableOptions(ConductanceModel.defaultModel(), Double.NaN, Double.NaN);
    }

    /**
     * The observable that computes them; {@code summaryColumns} false gives resonances only,
     * {@code resonances} false skips the resonance search (the thermal integrals stay as accurate).
     */
    public ThermalObservable observable(boolean summaryColumns, boolean resonances) {
        return observable(summaryColumns, resonances, false);
    }

    /**
     * As above; {@code reuseZeroBias} (for sweeps over bias_mV) computes the unbiased part of each profile's
     * observables once, not once per bias (see {@link ThermalObservable}); the results are the same.
     */
    public ThermalObservable observable(boolean summaryColumns, boolean resonances, boolean reuseZeroBias) {
        return new ThermalObservable(model, resonanceMinEv, resonanceMaxEv, summaryColumns, resonances, reuseZeroBias);
    }
}

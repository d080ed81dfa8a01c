package io.ionsweep.engine.observables;

/**
 * Settings of the observables.
 *
 * @param temperatureK   temperature in K (finite, > 0; default 300)
 * @param model          conductance model (default {@link ConductanceModel.Rate} with occupancy 1)
 * @param resonanceMinEv lower end of the reported resonances in eV, NaN for E0
 * @param resonanceMaxEv upper end in eV, NaN for Vmax + 10 kT
 * @param resonanceSearch whether to find every resonance (the full search, with its completeness proof)
 *                       and report them (default true); false reports none and guides the thermal
 *                       integrals with approximate poles ({@link QuadratureGuide}), several times faster
 */
public record ObservableSettings(double temperatureK, ConductanceModel model, double resonanceMinEv,
                                 double resonanceMaxEv, boolean resonanceSearch) {

    public ObservableSettings {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("temperature_K must be a finite number > 0, got " + temperatureK);
        }
        if (model == null) {
            throw new IllegalArgumentException("conductance.model must be given");
        }
        if (Double.isInfinite(resonanceMinEv) || Double.isInfinite(resonanceMaxEv)
                || (!Double.isNaN(resonanceMinEv) && !Double.isNaN(resonanceMaxEv) && resonanceMaxEv < resonanceMinEv)) {
            throw new IllegalArgumentException("resonance energy range must be finite with min <= max, got ["
                    + resonanceMinEv + ", " + resonanceMaxEv + "]");
        }
    }

    /** With the full resonance search. */
    public ObservableSettings(double temperatureK, ConductanceModel model, double resonanceMinEv, double resonanceMaxEv) {
        this(temperatureK, model, resonanceMinEv, resonanceMaxEv, true);
    }

    /** The lower end of the reported resonances in this window: resonanceMinEv, or E0 where it is NaN. */
    public double resonanceLoEv(ThermalWindow window) {
        return Double.isNaN(resonanceMinEv) ? window.e0Ev() : resonanceMinEv;
    }

    /** The upper end of the reported resonances in this window: resonanceMaxEv, or Vmax + 10 kT where it is NaN. */
    public double resonanceHiEv(ThermalWindow window) {
        return Double.isNaN(resonanceMaxEv) ? window.resonanceTopEv() : resonanceMaxEv;
    }

    public static ObservableSettings defaults() {
        return new ObservableSettings(ThermalWindow.DEFAULT_TEMPERATURE_K, ConductanceModel.defaultModel(),
                Double.NaN, Double.NaN);
    }

    public ObservableSettings withTemperatureK(double t) {
        return new ObservableSettings(t, model, resonanceMinEv, resonanceMaxEv, resonanceSearch);
    }

    public ObservableSettings withModel(ConductanceModel m) {
        return new ObservableSettings(temperatureK, m, resonanceMinEv, resonanceMaxEv, resonanceSearch);
    }

    public ObservableSettings withResonanceSearch(boolean search) {
        return new ObservableSettings(temperatureK, model, resonanceMinEv, resonanceMaxEv, search);
    }
}

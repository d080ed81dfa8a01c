package io.ionsweep.engine.observables;

/**
 * Settings of the observables.
 *
 * @param temperatureK   temperature in K (finite, > 0; default 300)
 * @param model          conductance model (default {@link ConductanceModel.Rate} with occupancy 1)
 * @param resonanceMinEv lower end of the reported resonances in eV, NaN for E0
 * @param resonanceMaxEv upper end in eV, NaN for Vmax + 10 kT
 */
public record ObservableSettings(double temperatureK, ConductanceModel model, double resonanceMinEv,
                                 double resonanceMaxEv) {

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

    public static ObservableSettings defaults() {
        return new ObservableSettings(ThermalWindow.DEFAULT_TEMPERATURE_K, ConductanceModel.defaultModel(),
                Double.NaN, Double.NaN);
    }

    public ObservableSettings withTemperatureK(double t) {
        return new ObservableSettings(t, model, resonanceMinEv, resonanceMaxEv);
    }

    public ObservableSettings withModel(ConductanceModel m) {
        return new ObservableSettings(temperatureK, m, resonanceMinEv, resonanceMaxEv);
    }
}

package io.ionsweep.engine.run;

import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/**
 * The thermal observables of a configuration (issue 4): Boltzmann-averaged transmission, its Arrhenius
 * counterpart, quantum and classical conductance and current, and resonance summaries, from
 * {@link Observables#compute} at the configuration's temperature with the default conductance model
 * (rate, occupancy 1). They use the profile itself, not the sweep's energy grid.
 *
 * <p>Only piecewise-constant profiles (layers, multisite) get values: for smooth profiles the staircase
 * is an approximation whose resonances and thermal integral would not be those of the profile, so every
 * column is written missing. Values that are undefined (no resonance, fewer than two resonances) are
 * missing too; every column is therefore optional.
 */
public final class ThermalObservable implements SummaryObservable {
    private static final String SMOOTH = "; missing for smooth profiles";
    private static final List<ResultColumn> COLUMNS = List.of(
            ResultColumn.optional("mean_transmission", "",
                    "Boltzmann-averaged transmission <T> = (1/kT) int_{E0} T(E) exp(-(E-E0)/kT) dE at zero bias" + SMOOTH),
            ResultColumn.optional("log10_mean_transmission", "", "log10 <T>, finite where <T> underflows" + SMOOTH),
            ResultColumn.optional("arrhenius_factor", "", "exp(-(Vmax - E0)/kT) at zero bias" + SMOOTH),
            ResultColumn.optional("log10_arrhenius_factor", "", "log10 of arrhenius_factor" + SMOOTH),
            ResultColumn.optional("tunnelling_enhancement", "",
                    "<T> / arrhenius_factor (Double.MAX_VALUE where it overflows)" + SMOOTH),
            ResultColumn.optional("conductance_quantum_pS", "pS",
                    "(z e)^2/h * occupancy * <T>, rate model with occupancy 1" + SMOOTH),
            ResultColumn.optional("conductance_classical_pS", "pS",
                    "(z e)^2/h * occupancy * arrhenius_factor, rate model with occupancy 1" + SMOOTH),
            ResultColumn.optional("current_quantum_pA", "pA", "current at bias_mV through the tilted profile (0 at zero bias)" + SMOOTH),
            ResultColumn.optional("current_classical_pA", "pA", "classical current at bias_mV (0 at zero bias)" + SMOOTH),
            ResultColumn.optional("resonance_count", "", "number of transmission poles with E0 <= E_r <= Vmax + 10 kT" + SMOOTH),
            ResultColumn.optional("first_resonance_eV", "eV", "lowest resonance energy E_r; missing where there is none" + SMOOTH),
            ResultColumn.optional("median_spacing_THz", "THz",
                    "median (E_{r,n+1} - E_{r,n}) / h; missing with fewer than two resonances" + SMOOTH));
    /** Number of columns this observable adds. */
    public static final int COLUMN_COUNT = COLUMNS.size();

    @Override
    public List<ResultColumn> columns() {
        return COLUMNS;
    }

    /** Whether the profile is its own staircase, so that the observables are those of the profile. */
    public static boolean supports(ProfileSpec profile) {
        return profile instanceof LayersProfile || profile instanceof MultisiteProfile;
    }

    /** The observables of one configuration, or null for a profile that is not piecewise-constant. */
    public static ObservableSummary summarise(Configuration config) {
        if (!supports(config.profile())) {
            return null;
        }
        Staircase flat = config.profile().staircase(0);
        Staircase tilted = config.biasMv() != 0 ? config.staircase() : null;
        ObservableSettings settings = ObservableSettings.defaults().withTemperatureK(config.temperatureK());
        return Observables.compute(flat, tilted, config.massU(), config.species().charge(), settings);
    }

    @Override
    public void compute(Configuration config, Spectrum spectrum, double[] out, int offset) {
        ObservableSummary s = summarise(config);
        if (s == null) {
            java.util.Arrays.fill(out, offset, offset + COLUMN_COUNT, Double.NaN);
            return;
        }
        out[offset] = s.meanTransmission();
        out[offset + 1] = s.log10MeanTransmission();
        out[offset + 2] = s.arrheniusFactor();
        out[offset + 3] = s.log10ArrheniusFactor();
        out[offset + 4] = s.tunnellingEnhancement();
        out[offset + 5] = s.conductanceQuantumPs();
        out[offset + 6] = s.conductanceClassicalPs();
        out[offset + 7] = s.currentQuantumPa();
        out[offset + 8] = s.currentClassicalPa();
        out[offset + 9] = s.resonanceCount();
        out[offset + 10] = s.firstResonanceEv();
        out[offset + 11] = s.medianSpacingThz();
    }
}

package io.ionsweep.engine.run;

import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.observables.ResonanceFinder;
import io.ionsweep.engine.observables.ThermalWindow;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import java.util.List;

/**
 * The thermal observables of a configuration (issue 4): Boltzmann-averaged transmission, its Arrhenius
 * counterpart, quantum and classical conductance and current, and resonance summaries, from
 * {@link Observables#compute} at the configuration's temperature with the given conductance model
 * (default: rate, occupancy 1). They use the profile itself, not the sweep's energy grid. The same
 * computation yields the configuration's resonances, handed to the sweep's resonance sink.
 *
 * <p>Resonance window: the resonances reported (and counted in {@code resonance_count},
 * {@code first_resonance_eV}, {@code median_spacing_THz}) are those with E_r in
 * [max(E0, windowMinEv), windowMaxEv]; NaN ends mean the default E0 and Vmax + 10 kT. The thermal
 * average always uses every resonance up to Vmax + 10 kT, whatever the window.
 *
 * <p>Only piecewise-constant profiles (layers, multisite) get values: for smooth profiles the staircase
 * is an approximation whose resonances and thermal integral would not be those of the profile, so every
 * column is written missing. Values that are undefined (no resonance, fewer than two resonances) are
 * missing too; every column is therefore optional.
 */
public final class ThermalObservable implements SummaryObservable {
    private static final String SMOOTH = "; missing for smooth profiles";
    /** The bounds on the undetermined part of <T> and of the current ({@link ObservableSummary}). */
    public static final String MEAN_UNDETERMINED = "mean_transmission_undetermined";
    public static final String CURRENT_UNDETERMINED = "current_quantum_undetermined";
    /** <T>'s stated accuracy (relative): a bound above it leaves a row not certified. */
    public static final double STATED_ACCURACY = 1e-6;
    /** The column that carries log10 <T>; the other columns {@link #undeterminedBoundOf} names scale with <T>. */
    public static final String LOG10_MEAN = "log10_mean_transmission";

    /**
     * The bound on the undetermined part that applies to a summary column: {@link #MEAN_UNDETERMINED} for the
     * columns proportional to <T> (and for {@link #LOG10_MEAN}), {@link #CURRENT_UNDETERMINED} for the quantum
     * current, null for columns that do not depend on <T>.
     */
    public static String undeterminedBoundOf(String column) {
        return switch (column) {
            case "mean_transmission", LOG10_MEAN, "tunnelling_enhancement", "conductance_quantum_pS" -> MEAN_UNDETERMINED;
            case "current_quantum_pA" -> CURRENT_UNDETERMINED;
            default -> null;
        };
    }
    private static final String NOT_SEARCHED = "; missing when outputs.resonances is off (no search)";
    private static final List<ResultColumn> COLUMNS = List.of(
            ResultColumn.optional("mean_transmission", "",
                    "Boltzmann-averaged transmission <T> = (1/kT) int_{E0} T(E) exp(-(E-E0)/kT) dE at zero bias" + SMOOTH),
            ResultColumn.optional(LOG10_MEAN, "", "log10 <T>, finite where <T> underflows" + SMOOTH),
            ResultColumn.optional("arrhenius_factor", "", "exp(-(Vmax - E0)/kT) at zero bias" + SMOOTH),
            ResultColumn.optional("log10_arrhenius_factor", "", "log10 of arrhenius_factor" + SMOOTH),
            ResultColumn.optional("tunnelling_enhancement", "",
                    "<T> / arrhenius_factor (Double.MAX_VALUE where it overflows)" + SMOOTH),
            ResultColumn.optional("conductance_quantum_pS", "pS",
                    "(z e)^2/h * occupancy * <T>, occupancy from the conductance model" + SMOOTH),
            ResultColumn.optional("conductance_classical_pS", "pS",
                    "(z e)^2/h * occupancy * arrhenius_factor, occupancy from the conductance model" + SMOOTH),
            ResultColumn.optional("current_quantum_pA", "pA", "current at bias_mV through the tilted profile (0 at zero bias)" + SMOOTH),
            ResultColumn.optional("current_classical_pA", "pA", "classical current at bias_mV (0 at zero bias)" + SMOOTH),
            ResultColumn.optionalCount("resonance_count", "number of transmission poles with E_r in the resonance window"
                    + NOT_SEARCHED + SMOOTH),
            ResultColumn.optional("first_resonance_eV", "eV", "lowest resonance energy E_r; missing where there is none"
                    + NOT_SEARCHED + SMOOTH),
            ResultColumn.optional("median_spacing_THz", "THz",
                    "median (E_{r,n+1} - E_{r,n}) / h; missing with fewer than two resonances" + NOT_SEARCHED + SMOOTH),
            ResultColumn.optional(MEAN_UNDETERMINED, "",
                    "upper bound, relative to <T>, on the part of <T> that double precision does not determine (the"
                            + " peaks of resonances narrower than it resolves, other than lone ones); 0 where there is"
                            + " none, above 1e-6 <T> is not certified to its stated accuracy (Double.MAX_VALUE where the"
                            + " ratio overflows)" + SMOOTH),
            ResultColumn.optional(CURRENT_UNDETERMINED, "",
                    "the same bound for current_quantum_pA (from the tilted profile's <T>); 0 at zero bias" + SMOOTH));
    /** Number of columns this observable adds. */
    public static final int COLUMN_COUNT = COLUMNS.size();

    private final ConductanceModel model;
    private final double windowMinEv;
    private final double windowMaxEv;
    private final boolean summaryColumns;
    private final boolean resonanceSearch;
    /**
     * The unbiased parts of recent profiles, where the sweep varies bias_mV (null: computed every time): a
     * profile comes back after all the sweep's profile combinations (240 in kcsa-scan); an entry holds about 300
     * resonances, some 30 KB.
     */
    private final ResultCache<ZeroBiasKey, Observables.ZeroBias> zeroBias;
    static final int ZERO_BIAS_CAPACITY = 512;
    /**
     * The biased parts of symmetric profiles waiting for their bias of opposite sign, where the sweep varies
     * bias_mV (null: computed every time): the second sign of a bias finds the first's here after the profile
     * combinations of the biases in between (720 in kcsa-scan, from -100 to 100 mV), and the entry goes once used; an entry holds the tilted
     * staircase, a few KB.
     */
    private final ResultCache<BiasedKey, Observables.Biased> biased;
    static final int BIASED_CAPACITY = 4096;

    private record ZeroBiasKey(Staircase profile, double massU, ObservableSettings settings) {}

    private record BiasedKey(Staircase tilted, double massU, ObservableSettings settings) {}

    /** The default model and window, with the summary columns. */
    public ThermalObservable() {
        this(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, true);
    }

    /** With the full resonance search. */
    public ThermalObservable(ConductanceModel model, double windowMinEv, double windowMaxEv, boolean summaryColumns) {
        this(model, windowMinEv, windowMaxEv, summaryColumns, true);
    }

    /**
     * @param model          the conductance model
     * @param windowMinEv    lower end of the resonance window in eV (raised to E0), NaN for E0
     * @param windowMaxEv    upper end in eV, NaN for Vmax + 10 kT
     * @param summaryColumns whether to fill the summary columns; without them the observable only
     *                       yields resonances (outputs.conductance off, outputs.resonances on)
     * @param resonanceSearch whether to search for every resonance (outputs.resonances on); without it
     *                       no resonances are yielded, {@code resonance_count}, {@code first_resonance_eV}
     *                       and {@code median_spacing_THz} are missing, and approximate poles guide the
     *                       thermal integrals (same accuracy, several times faster)
     */
    public ThermalObservable(ConductanceModel model, double windowMinEv, double windowMaxEv, boolean summaryColumns,
                             boolean resonanceSearch) {
        this(model, windowMinEv, windowMaxEv, summaryColumns, resonanceSearch, false);
    }

    /**
     * As above; {@code reuseZeroBias} keeps the unbiased part of the observables (the resonance search and <T>)
     * of the {@link #ZERO_BIAS_CAPACITY} profiles seen last, and a symmetric profile's biased part (the tilted
     * profile's <T>) until its bias of opposite sign uses it (at most {@link #BIASED_CAPACITY}), for sweeps that
     * vary bias_mV: each profile's unbiased part is then computed once, not once per bias, and a symmetric
     * profile's biased part once for +V and -V.
     * The results are the same either way.
     */
    public ThermalObservable(ConductanceModel model, double windowMinEv, double windowMaxEv, boolean summaryColumns,
                             boolean resonanceSearch, boolean reuseZeroBias) {
        if (model == null) {
            throw new IllegalArgumentException("a conductance model is required");
        }
        if (Double.isInfinite(windowMinEv) || Double.isInfinite(windowMaxEv)
                || (!Double.isNaN(windowMinEv) && !Double.isNaN(windowMaxEv) && windowMaxEv < windowMinEv)) {
            throw new IllegalArgumentException("the resonance window must be finite with min <= max, got ["
                    + windowMinEv + ", " + windowMaxEv + "]");
        }
        this.model = model;
        this.windowMinEv = windowMinEv;
        this.windowMaxEv = windowMaxEv;
        this.summaryColumns = summaryColumns;
        this.resonanceSearch = resonanceSearch;
        this.zeroBias = reuseZeroBias ? new ResultCache<>(ZERO_BIAS_CAPACITY,
                k -> Observables.zeroBias(k.profile(), k.massU(), k.settings())) : null;
        this.biased = reuseZeroBias ? new ResultCache<>(BIASED_CAPACITY,
                k -> Observables.biased(k.tilted(), k.massU(), k.settings())) : null;
        if (!summaryColumns && !resonanceSearch) {
            throw new IllegalArgumentException("a thermal observable without summary columns must search resonances");
        }
    }

    @Override
    public List<ResultColumn> columns() {
        return summaryColumns ? COLUMNS : List.of();
    }

    /** Every column this observable can fill, whether or not this instance fills them. */
    public static List<ResultColumn> allColumns() {
        return COLUMNS;
    }

    public ConductanceModel model() {
        return model;
    }

    /** Whether the profile is its own staircase, so that the observables are those of the profile. */
    public static boolean supports(ProfileSpec profile) {
        return profile instanceof LayersProfile || profile instanceof MultisiteProfile;
    }

    /** The observables of one configuration with the default model and window, or null for a smooth profile. */
    public static ObservableSummary summarise(Configuration config) {
        return new ThermalObservable().observe(config);
    }

    /** The observables of one configuration with this model and window, or null for a smooth profile. */
    public ObservableSummary observe(Configuration config) {
        if (!supports(config.profile())) {
            return null;
        }
        Staircase flat = config.profile().staircase(0);
        double drop = config.biasDropEv();
        // A mirror-symmetric profile conducts at +V as at -V in reverse (its tilted profile at +V is the one at -V
        // seen from the other side, shifted in energy, and T is the same from either side): one tilted <T> serves
        // both signs, so I(-V) = -I(V) exactly, and a sweep over +-V computes it once. It is the negative drop's,
        // whose energies lie higher (E0 at the raised right lead): the resolution floor, RESOLUTION_ULPS ulps of
        // E_r, is then nearer the rounding of E - V, and fewer narrow peaks count as resolved whose T the
        // arithmetic does not determine (fuzz-multisite configuration 187: within 1.4e-10 of mpmath, against
        // 2.5e-4 from the positive drop's).
        boolean symmetric = flat.equals(flat.mirrored());
        boolean reversed = drop > 0 && symmetric;
        Staircase tilted = config.biasMv() != 0 ? config.profile().staircase(reversed ? -drop : drop) : null;
        ObservableSettings settings = settings(config, flat);
        double massU = config.massU();
        Observables.ZeroBias unbiased = zeroBias == null ? Observables.zeroBias(flat, massU, settings)
                : zeroBias.get(new ZeroBiasKey(flat, massU, settings));
        Observables.Biased part = tilted == null ? null : biased == null || !symmetric
                ? Observables.biased(tilted, massU, settings) : biased.getOnce(new BiasedKey(tilted, massU, settings));
        ObservableSummary s = Observables.compute(flat, tilted, massU, config.species().charge(), settings, unbiased,
                part);
        return reversed ? s.withCurrentsReversed() : s;
    }

    /** How many configurations computed the unbiased part (-1 without reuse; for tests). */
    long zeroBiasComputations() {
        return zeroBias == null ? -1 : zeroBias.misses();
    }

    /** How many configurations computed the biased part (-1 without reuse; for tests). */
    long biasedComputations() {
        return biased == null ? -1 : biased.misses();
    }

    /**
     * The resonances of one configuration in this window, exactly those {@link #observe} reports (the same
     * computation, without the current under bias, which does not change them); empty for a smooth profile.
     */
    public List<Resonance> resonances(Configuration config) {
        if (!supports(config.profile())) {
            return List.of();
        }
        Staircase flat = config.profile().staircase(0);
        return Observables.compute(flat, null, config.massU(), config.species().charge(),
                settings(config, flat).withResonanceSearch(true)).resonances();
    }

    /**
     * About how many resonances {@link #resonances} finds for this configuration, from the Sturm count of its
     * window (see {@link ResonanceFinder#estimateCount}): microseconds where the search takes milliseconds.
     */
    public int estimatedResonanceCount(Configuration config) {
        if (!supports(config.profile())) {
            return 0;
        }
        Staircase flat = config.profile().staircase(0);
        ObservableSettings s = settings(config, flat);
        ThermalWindow window = ThermalWindow.of(flat, s.temperatureK());
        return ResonanceFinder.estimateCount(flat, config.massU(), s.resonanceLoEv(window), s.resonanceHiEv(window));
    }

    /** The settings for one configuration: its temperature, this model, the window clipped to start at E0. */
    ObservableSettings settings(Configuration config, Staircase flat) {
        double e0 = Math.max(flat.leadLeftEv(), flat.leadRightEv());
        double lo = Double.isNaN(windowMinEv) ? Double.NaN : Math.max(windowMinEv, e0);
        double hi = Double.isNaN(windowMaxEv) ? Double.NaN : Math.max(windowMaxEv, Double.isNaN(lo) ? e0 : lo);
        return new ObservableSettings(config.temperatureK(), occupancyModel(config), lo, hi, resonanceSearch);
    }

    /**
     * The model with its occupancy fixed for this configuration. Landauer's occupancy n lambda_T^3 is the
     * fugacity of the bath, so lambda_T takes the bare ion's mass: mass_factor is a hypothesis about the
     * ion inside the filter and changes the transmission, not how many ions the bath offers.
     */
    ConductanceModel occupancyModel(Configuration config) {
        return model instanceof ConductanceModel.Landauer
                ? new ConductanceModel.Rate(model.occupancy(config.species().massU(), config.temperatureK()))
                : model;
    }

    @Override
    public void compute(Configuration config, Spectrum spectrum, double[] out, int offset) {
        compute(config, spectrum, out, offset, null);
    }

    @Override
    public void compute(Configuration config, Spectrum spectrum, double[] out, int offset, ResonanceSink resonances) {
        ObservableSummary s = observe(config);
        if (resonances != null) {
            resonances.accept(s == null ? List.of() : s.resonances());
        }
        if (!summaryColumns) {
            return;
        }
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
        out[offset + 12] = s.meanTransmissionUndetermined();
        out[offset + 13] = s.currentUndetermined();
    }
}

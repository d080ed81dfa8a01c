package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.sweep.Configuration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conductance model and the resonance window reach the observables (values by hand, not by the code). */
class ThermalObservableModelTest {
    // CODATA 2018 exact SI values and the 2022 atomic mass unit, typed here independently of PhysicalConstants
    private static final double H = 6.62607015e-34;
    private static final double E = 1.602176634e-19;
    private static final double KB = 1.380649e-23;
    private static final double NA = 6.02214076e23;
    private static final double U = 1.66053906892e-27;
    private static final double ELECTRON_U = 5.485799090441e-4;

    private static final Species K = SpeciesTable.lookup("K+").orElseThrow();
    private static final Species CA = SpeciesTable.lookup("Ca2+").orElseThrow();
    /** One rectangular barrier 0.12 eV high and 0.4 A wide. */
    private static final ProfileSpec BARRIER = new LayersProfile(0, 0, new double[] {0.12}, new double[] {0.4}, 4);

    private static double[] row(ThermalObservable o, Species s, double temperatureK) {
        double[] out = new double[ThermalObservable.COLUMN_COUNT];
        o.compute(Configuration.of(0, s, 1, temperatureK, 0, BARRIER), null, out, 0);
        return out;
    }

    @Test
    void landauerOccupancyIsTheBathDensityTimesTheThermalWavelengthCubed() {
        // K+ at 300 K in 150 mM: n = 150 mol/m^3 * N_A, lambda_T = h / sqrt(2 pi m kT)
        double massKg = (39.0983 - ELECTRON_U) * U;
        double lambda = H / Math.sqrt(2 * Math.PI * massKg * KB * 300);
        double occupancy = 150 * NA * lambda * lambda * lambda;
        assertEquals(1.61e-11, lambda, 0.01e-11, "lambda_T of K+ at 300 K is about 0.16 A");
        double[] rate = row(new ThermalObservable(), K, 300);
        double[] landauer = row(new ThermalObservable(new ConductanceModel.Landauer(150, 1), Double.NaN, Double.NaN, true), K, 300);
        assertEquals(occupancy, landauer[5] / rate[5], 1e-9 * occupancy);
        assertEquals(occupancy, landauer[6] / rate[6], 1e-9 * occupancy);
        double[] twoModes = row(new ThermalObservable(new ConductanceModel.Landauer(150, 2), Double.NaN, Double.NaN, true), K, 300);
        assertEquals(2 * landauer[5], twoModes[5], 1e-12 * twoModes[5]);
        // the model changes conductances only: <T>, the Arrhenius factor and the resonances stay
        for (int k : new int[] {0, 1, 2, 3, 4, 9, 10, 11}) {
            assertEquals(rate[k], landauer[k], "column " + k);
        }
    }

    @Test
    void landauerOccupancyUsesTheBareIonMassWhateverTheMassFactor() {
        // the bath's fugacity n lambda_T^3 does not depend on the filter's effective-mass hypothesis
        double massKg = (39.0983 - ELECTRON_U) * U;
        double lambda = H / Math.sqrt(2 * Math.PI * massKg * KB * 300);
        double occupancy = 150 * NA * lambda * lambda * lambda;
        ThermalObservable landauer = new ThermalObservable(new ConductanceModel.Landauer(150, 1), Double.NaN, Double.NaN, true);
        for (double massFactor : new double[] {0.01, 0.3, 1, 2}) {
            double[] out = new double[ThermalObservable.COLUMN_COUNT];
            landauer.compute(Configuration.of(0, K, massFactor, 300, 0, BARRIER), null, out, 0);
            double kTeV = KB * 300 / E;
            double classical = E * E / H * occupancy * Math.exp(-0.12 / kTeV) * 1e12;
            assertEquals(classical, out[6], 1e-9 * classical, "classical G at mass_factor " + massFactor);
            assertEquals(E * E / H * occupancy * out[0] * 1e12, out[5], 1e-9 * out[5], "quantum G at mass_factor " + massFactor);
        }
    }

    @Test
    void conductanceScalesLinearlyWithOccupancyAndTheClassicalOneIsEyringsExactly() {
        double[] one = row(new ThermalObservable(), K, 310);
        double[] quarter = row(new ThermalObservable(new ConductanceModel.Rate(0.25), Double.NaN, Double.NaN, true), K, 310);
        double[] zero = row(new ThermalObservable(new ConductanceModel.Rate(0), Double.NaN, Double.NaN, true), K, 310);
        assertEquals(0.25 * one[5], quarter[5], 1e-14 * one[5]);
        assertEquals(0.25 * one[6], quarter[6], 1e-14 * one[6]);
        assertEquals(0.0, zero[5]);
        assertEquals(0.0, zero[6]);
        // G_classical = (z e)^2 / h * occupancy * exp(-(Vmax - E0) / kT), in pS
        double kTeV = KB * 310 / E;
        double arrhenius = Math.exp(-0.12 / kTeV);
        assertEquals(E * E / H * 0.25 * arrhenius * 1e12, quarter[6], 1e-12 * quarter[6]);
        assertEquals(E * E / H * 0.25 * quarter[0] * 1e12, quarter[5], 1e-12 * quarter[5]);
        // z = 2: four times the prefactor
        double[] ca = row(new ThermalObservable(new ConductanceModel.Rate(0.25), Double.NaN, Double.NaN, true), CA, 310);
        assertEquals(4 * E * E / H * 0.25 * arrhenius * 1e12, ca[6], 1e-12 * ca[6]);
    }

    @Test
    void theWindowSelectsTheResonancesWithERInItClippedAtE0() {
        // 2-site filter: resonances below and above the barrier tops
        ProfileSpec filter = new MultisiteProfile(2, 0.1, 0.3, 0.05, 3.0, 4);
        Configuration c = Configuration.of(0, K, 1, 300, 0, filter);
        List<Resonance> all = new ThermalObservable().observe(c).resonances();
        assertTrue(all.size() >= 6, "resonances in the default window: " + all.size());
        double lo = all.get(2).energyEv() - 1e-9;
        double hi = all.get(all.size() - 2).energyEv() + 1e-9;
        ThermalObservable windowed = new ThermalObservable(ConductanceModel.defaultModel(), lo, hi, true);
        ObservableSummary s = windowed.observe(c);
        List<Resonance> expected = new ArrayList<>(all.subList(2, all.size() - 1));
        assertEquals(expected.size(), s.resonances().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).energyEv(), s.resonances().get(i).energyEv());
            assertEquals(expected.get(i).widthEv(), s.resonances().get(i).widthEv());
        }
        assertEquals(windowed.resonances(c), s.resonances(), "the resonances-only path agrees");
        double[] out = new double[ThermalObservable.COLUMN_COUNT];
        windowed.compute(c, null, out, 0);
        assertEquals(expected.size(), out[9]);
        assertEquals(expected.get(0).energyEv(), out[10]);
        // <T> does not depend on the window
        double[] defaults = new double[ThermalObservable.COLUMN_COUNT];
        new ThermalObservable().compute(c, null, defaults, 0);
        assertEquals(defaults[0], out[0]);
        // a window starting below E0 = 0 starts at E0; one ending below E0 holds nothing
        ThermalObservable below = new ThermalObservable(ConductanceModel.defaultModel(), -0.5, hi, true);
        assertEquals(all.subList(0, all.size() - 1), below.resonances(c));
        assertTrue(new ThermalObservable(ConductanceModel.defaultModel(), -0.5, -0.1, true).resonances(c).isEmpty());
        // a window above Vmax + 10 kT finds resonances the default window does not hold
        double top = all.get(all.size() - 1).energyEv();
        List<Resonance> high = new ThermalObservable(ConductanceModel.defaultModel(), top + 1e-9, 0.6, true).resonances(c);
        assertFalse(high.isEmpty());
        assertTrue(high.stream().allMatch(r -> r.energyEv() > top && r.energyEv() <= 0.6));
    }

    @Test
    void withoutTheResonanceSearchTheIntegralsStayAndTheResonanceColumnsAreMissing() {
        // the k-four-site filter at 0 and +-50 mV, and a 2-site Na+ filter with a doublet near threshold
        Species na = SpeciesTable.lookup("Na+").orElseThrow();
        ProfileSpec four = new MultisiteProfile(4, 0.08, 0.3, 0.05, 3.0, 16);
        ProfileSpec two = new MultisiteProfile(2, 0.18096485714285715, 0.1805320393820497, 0.0, 2.0, 16);
        ThermalObservable full = new ThermalObservable();
        ThermalObservable fast = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, true, false);
        List<Configuration> configs = List.of(Configuration.of(0, K, 1, 300, 0, four),
                Configuration.of(1, K, 1, 300, 50, four), Configuration.of(2, K, 1, 300, -50, four),
                Configuration.of(3, na, 1, 300, 0, two));
        for (Configuration c : configs) {
            double[] a = new double[ThermalObservable.COLUMN_COUNT];
            double[] b = new double[ThermalObservable.COLUMN_COUNT];
            full.compute(c, null, a, 0);
            List<List<Resonance>> sink = new ArrayList<>();
            fast.compute(c, null, b, 0, sink::add);
            assertEquals(List.of(List.of()), sink, "no resonances without the search");
            // <T>, conductances and currents (columns 0, 5-8) agree to 1e-8; the Arrhenius factor is the same
            for (int k : new int[] {0, 5, 6, 7, 8}) {
                assertEquals(a[k], b[k], 1e-8 * Math.abs(a[k]), "column " + k + " of " + c.biasMv() + " mV");
            }
            assertEquals(a[2], b[2]);
            assertTrue(a[9] > 10, "resonances found by the full search: " + a[9]);
            // resonance_count, first_resonance_eV, median_spacing_THz; the bounds (12, 13) are there either way
            for (int k = 9; k < 12; k++) {
                assertTrue(Double.isNaN(b[k]), "column " + k + " is missing without the search");
            }
            for (int k = 12; k < ThermalObservable.COLUMN_COUNT; k++) {
                assertTrue(a[k] >= 0 && b[k] >= 0, "column " + k + ": " + a[k] + ", " + b[k]);
            }
        }
        // the resonances-only use must search
        assertThrows(IllegalArgumentException.class,
                () -> new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, false, false));
    }

    @Test
    void resonancesGoToTheSinkWithOrWithoutTheColumns() {
        Configuration c = Configuration.of(0, K, 1, 300, 0, BARRIER);
        List<List<Resonance>> got = new ArrayList<>();
        ThermalObservable only = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, false);
        assertTrue(only.columns().isEmpty());
        double[] out = {7};
        only.compute(c, null, out, 0, got::add);
        assertEquals(7, out[0], "no column written");
        new ThermalObservable().compute(c, null, new double[ThermalObservable.COLUMN_COUNT], 0, got::add);
        assertEquals(2, got.size());
        assertEquals(got.get(0), got.get(1));
        assertFalse(got.get(0).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new ThermalObservable(ConductanceModel.defaultModel(), 0.2, 0.1, true));
    }
}

package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.EckartProfile;
import io.ionsweep.engine.profile.LayersProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.sweep.Configuration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThermalObservableTest {
    private static final Species K = SpeciesTable.lookup("K+").orElseThrow();
    private static final double T_K = 310;

    private static double[] row(ProfileSpec profile, double biasMv) {
        Configuration c = Configuration.of(0, K, 1, T_K, biasMv, profile);
        ThermalObservable o = new ThermalObservable();
        double[] out = new double[o.columns().size() + 2];
        Arrays.fill(out, -7);
        o.compute(c, null, out, 1);
        assertEquals(-7, out[0]);
        assertEquals(-7, out[out.length - 1]);
        return Arrays.copyOfRange(out, 1, out.length - 1);
    }

    @Test
    void columnsAreTheIssuesAndAllOptional() {
        var names = new ThermalObservable().columns().stream().map(ResultColumn::name).toList();
        assertEquals(java.util.List.of("mean_transmission", "log10_mean_transmission", "arrhenius_factor",
                "log10_arrhenius_factor", "tunnelling_enhancement", "conductance_quantum_pS", "conductance_classical_pS",
                "current_quantum_pA", "current_classical_pA", "resonance_count", "first_resonance_eV",
                "median_spacing_THz", "mean_transmission_undetermined", "current_quantum_undetermined"), names);
        assertTrue(new ThermalObservable().columns().stream().allMatch(ResultColumn::optional));
    }

    @Test
    void aRectangularBarrierHasTheClosedFormArrheniusFactorAndNoCurrentWithoutBias() {
        double vEv = 0.12;
        double[] r = row(new LayersProfile(0, 0, new double[] {vEv}, new double[] {0.4}, 4), 0);
        double kT = PhysicalConstants.thermalEnergyEv(T_K);
        assertEquals(Math.exp(-vEv / kT), r[2], 1e-12 * Math.exp(-vEv / kT));
        assertEquals(-vEv / kT / Math.log(10), r[3], 1e-12);
        assertEquals(0.0, r[7]);
        assertEquals(0.0, r[8]);
        assertTrue(r[0] > 0 && r[0] < 1, "mean transmission " + r[0]);
        assertEquals(Math.log10(r[0]), r[1], 1e-12);
        // the quantum and classical conductances share one prefactor
        assertEquals(r[0] / r[2], r[5] / r[6], 1e-9 * r[0] / r[2]);
        // above-barrier resonances of a rectangle lie above its top
        assertTrue(r[9] >= 1 && r[10] > vEv, "count " + r[9] + ", first " + r[10]);
        for (int i = 0; i < 10; i++) {
            assertTrue(Double.isFinite(r[i]), "column " + i);
        }
    }

    @Test
    void aBarrierTooThinForAResonanceInTheWindowLeavesTheResonanceColumnsMissing() {
        // first over-barrier resonance near V + pi^2 hbar^2 / (2 m a^2), far above Vmax + 10 kT
        double[] r = row(new LayersProfile(0, 0, new double[] {0.12}, new double[] {0.03}, 4), 0);
        assertEquals(0.0, r[9]);
        assertTrue(Double.isNaN(r[10]));
        assertTrue(Double.isNaN(r[11]));
    }

    @Test
    void underBiasTheCurrentsFlowDownhill() {
        LayersProfile p = new LayersProfile(0, 0, new double[] {0.12}, new double[] {0.4}, 4);
        double[] plus = row(p, 30);
        double[] minus = row(p, -30);
        assertTrue(plus[7] > 0 && plus[8] > 0);
        // a symmetric profile: I(-V) = -I(V), exactly, as the tilted <T> at -V serves +V ...
        assertEquals(-plus[7], minus[7]);
        assertEquals(-plus[8], minus[8]);
        // ... and within 1e-7 of the tilted profile at +V computed as it stands (the mirror image, shifted)
        Configuration c = Configuration.of(0, K, 1, T_K, 30, p);
        ObservableSummary direct = Observables.compute(p.staircase(0), c.staircase(), c.massU(), 1,
                ObservableSettings.defaults().withTemperatureK(T_K));
        assertEquals(direct.currentQuantumPa(), plus[7], 1e-7 * plus[7]);
        assertEquals(direct.currentClassicalPa(), plus[8], 1e-12 * plus[8]);
        // the zero-bias columns do not depend on the bias
        assertEquals(row(p, 0)[0], plus[0]);
    }

    @Test
    void aSmoothProfileIsLeftMissing() {
        double[] r = row(EckartProfile.of(0.12, 0.5), 20);
        for (double v : r) {
            assertTrue(Double.isNaN(v));
        }
        assertFalse(ThermalObservable.supports(EckartProfile.of(0.12, 0.5)));
    }
}

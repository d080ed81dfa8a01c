package io.ionsweep.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Factories name the key and what is allowed; parameters carry unit suffixes; extreme inputs stay finite. */
class SmoothValidationTest {

    private static void assertMessage(String expected, Executable e) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void factoriesNameTheKey() {
        assertMessage("profile.height_eV must be a finite number > 0, got -1.0", () -> EckartProfile.of(-1, 0.5));
        assertMessage("profile.length_A must be a finite number > 0, got 0.0", () -> EckartProfile.of(0.1, 0));
        assertMessage("profile.center_A must be a finite number, got NaN", () -> EckartProfile.of(0.1, 0.5, Double.NaN));
        assertMessage("profile.field_width_A must be a finite number > 0, got -2.0",
                () -> new EckartProfile(0.1, 0.5, 0, -2, Accuracy.DEFAULT));
        assertMessage("profile.accuracy must be a number in [1.0E-10, 0.1], got 0.5",
                () -> new EckartProfile(0.1, 0.5, 0, 3, 0.5));
        assertMessage("profile.sigma_A must be a finite number > 0, got Infinity",
                () -> GaussianProfile.of(0.1, Double.POSITIVE_INFINITY));
        assertMessage("profile.height_eV must be a finite number > 0, got NaN", () -> GaussianProfile.of(Double.NaN, 0.3));
    }

    @Test
    void parametersCarryUnits() {
        assertEquals(Map.of("height_eV", 0.1, "length_A", 0.5, "center_A", 0.2, "field_width_A", 3.0, "accuracy", 1e-6),
                EckartProfile.of(0.1, 0.5, 0.2).parameters());
        assertEquals(List.of("height_eV", "sigma_A", "center_A", "field_width_A", "accuracy"),
                List.copyOf(GaussianProfile.of(0.1, 0.3).parameters().keySet()));
        assertEquals(List.of("lead_left_eV", "lead_right_eV", "accuracy", "table_points", "table_start_A", "table_end_A",
                        "table_max_eV"),
                List.copyOf(TableProfile.of(new double[] {0, 1}, new double[] {0, 0.1}, Interpolation.LINEAR)
                        .parameters().keySet()));
    }

    @Test
    void staircaseForDisplayCoversTheBarrier() {
        EckartProfile p = EckartProfile.of(0.1, 0.5, 1.0);
        Staircase s = p.staircase(0.02);
        assertEquals(0.0, s.leadLeftEv());
        assertEquals(-0.02, s.leadRightEv(), 1e-15);
        assertTrue(Math.abs(p.staircase(0.0).maxPotentialEv() - 0.1) < 1e-4, "top " + p.staircase(0.0).maxPotentialEv());
        // Under bias the top sits half the drop lower (the ramp is centred on the barrier).
        assertTrue(Math.abs(s.maxPotentialEv() - 0.09) < 1e-3, "biased top " + s.maxPotentialEv());
    }

    /** Every valid input gives finite output: heavy and light, low and tall, narrow and wide, tight accuracy. */
    @Test
    void extremesStayFinite() {
        TransmissionKernel kernel = KernelProvider.select(KernelChoice.SCALAR);
        double[] e = {1e-9, 1e-5, 0.01, 0.3, 2.0};
        for (double mass : new double[] {SpeciesTable.lookup("Li+").orElseThrow().massU(), 400.0}) {
            for (ProfileSpec p : new ProfileSpec[] {
                    new EckartProfile(1.0, 3.0, 0, 18, 1e-3),
                    new EckartProfile(1e-4, 0.05, 5, 0.3, 1e-8),
                    new GaussianProfile(0.8, 2.0, -3, 12, 1e-3),
                    new GaussianProfile(1e-4, 0.05, 0, 0.3, 1e-8)}) {
                for (double drop : new double[] {0.0, 0.1, -0.005}) {
                    double[] log10T = new double[e.length];
                    double est = p.log10Transmission(kernel, mass, drop, e, log10T, e.length);
                    assertTrue(Double.isFinite(est) && est >= 0, p + ": estimate " + est);
                    for (int i = 0; i < e.length; i++) {
                        boolean closed = e[i] <= -drop;
                        assertTrue(closed ? log10T[i] == Double.NEGATIVE_INFINITY : Double.isFinite(log10T[i]),
                                p + " m=" + mass + " drop=" + drop + " E=" + e[i] + ": " + log10T[i]);
                        assertTrue(log10T[i] <= 1e-9, p + ": T above 1 at E=" + e[i]);
                    }
                }
            }
        }
    }
}

package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.profile.Staircase;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symmetric filters transmit fully at their narrow resonances: T(E_r) = 1, E_r the real part of the
 * 80-digit poles in resonances.json (for Q = E_r/Gamma >= 1e6 the background correction is below
 * 1e-11). The peaks are where a transfer method is weakest: computing T from the incident amplitude
 * gave errors growing like Q * 1e-17 (2e-6 in log10 T at a Q = 1e9 four-site peak); T from the
 * reflected amplitude makes them second order.
 */
class ResonancePeakTest {

    static Stream<TransmissionKernel> kernels() {
        return Kernels.available().stream();
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void symmetricDoubleBarriersTransmitFullyAtTheirNarrowResonances(TransmissionKernel kernel) {
        double worstUpTo2e8 = 0;
        double worstAbove = 0;
        int checked = 0;
        for (JsonNode pole : ReferenceData.load("resonances.json").get("poles")) {
            String name = pole.get("name").asText();
            if (name.startsWith("k-")) {
                continue; // four wells: not a symmetric double barrier
            }
            ReferenceData.Case c = ReferenceData.transmissionCase(name);
            double er = Double.parseDouble(pole.get("energy_eV").asText());
            double q = er / Double.parseDouble(pole.get("width_eV").asText());
            if (q < 1e6) {
                continue;
            }
            double[] out = new double[1];
            kernel.log10Transmission(c.profile(), c.species().massU(), new double[] {er}, out, 1);
            double err = Math.abs(out[0]);
            if (q <= 2e8) {
                worstUpTo2e8 = Math.max(worstUpTo2e8, err);
            } else {
                worstAbove = Math.max(worstAbove, err);
            }
            checked++;
        }
        System.out.printf("%s: |log10 T(E_r)| worst %.2e for 1e6 <= Q <= 2e8, %.2e above (%d poles)%n",
                kernel.name(), worstUpTo2e8, worstAbove, checked);
        assertTrue(checked >= 25, "poles checked: " + checked);
        assertTrue(worstUpTo2e8 <= 1e-10, "Q <= 2e8: " + worstUpTo2e8);
        assertTrue(worstAbove <= 1e-10, "Q > 2e8: " + worstAbove);
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void theNarrowestFourSiteResonanceTransmitsFully(TransmissionKernel kernel) {
        Staircase four = ReferenceData.transmissionCase("k-four-site").profile();
        double mass = ReferenceData.transmissionCase("k-four-site").species().massU();
        double er = 0.032067122887974838275;
        double gamma = 2.94450217985e-11;
        double[] e = new double[401];
        for (int i = 0; i < e.length; i++) {
            e[i] = er + (i - 200) * gamma / 40;
        }
        double[] out = new double[e.length];
        kernel.log10Transmission(four, mass, e, out, e.length);
        double peak = Double.NEGATIVE_INFINITY;
        for (double v : out) {
            peak = Math.max(peak, v);
        }
        System.out.printf("%s: four-site peak at Q = %.1e: log10 T = %.2e%n", kernel.name(), er / gamma, peak);
        // The grid contains E_r itself, where T = 1 for this mirror-symmetric filter.
        assertEquals(0.0, peak, 1e-9, "peak log10 T");
    }
}

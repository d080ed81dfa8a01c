package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles whose <T> is carried by resonances narrower than an ulp of E_r (cold K+ between two thin barriers, a
 * fuzzed single site), against independent mpmath (resources/independent/unresolved_peaks.py: its own poles from
 * its own Dirichlet eigenvalues, 60 digits, each peak integrated on its own maps): <T> through the search's
 * resonances and through the guide's, and each unresolved row's width estimate and Breit-Wigner peak. Without the
 * closed-form cores ({@link UnresolvedPeaks}) the same quadrature is far off on these profiles, so the test can
 * fail.
 */
class UnresolvedPeakTest {
    /** <T>: the quadrature's tolerance is 1e-9; the resolved peaks of Q 1e9-1e11 beside them cost up to 2e-8. */
    private static final double MEAN_TOLERANCE = 1e-7;
    /** Width estimates and peaks (measured: 1.0e-13 and 1.6e-14; NarrowPoleRefiner.MAX_ESTIMATE_ERROR is 1e-9). */
    private static final double PEAK_TOLERANCE = 1e-9;

    static Stream<JsonNode> cases() {
        return ReferenceData.independentCases("unresolved-peaks-mpmath.json").stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void meanTransmissionMatchesMpmathThroughTheSearchAndTheGuide(JsonNode c) {
        Case k = Case.of(c);
        Staircase s = k.profile();
        double mass = k.massU();
        ThermalWindow window = k.window();
        double want = Double.parseDouble(c.get("mean_transmission").asText());
        List<Resonance> found = k.resonances();
        double searched = BoltzmannAverage.log10MeanTransmission(s, mass, window, found, false);
        double guided = BoltzmannAverage.log10MeanTransmission(s, mass, window,
                QuadratureGuide.resonances(s, mass, window), true);
        // the same panels with every core left to the quadrature
        double[] er = found.stream().mapToDouble(Resonance::energyEv).toArray();
        double[] gamma = found.stream().mapToDouble(Resonance::widthEv).toArray();
        TransmissionKernel kernel = KernelProvider.get();
        double numeric = BoltzmannAverage.log10Average((e, out, n) -> kernel.log10Transmission(s, mass, e, out, n),
                null, window, new TreeSet<>(List.of(s.maxPotentialEv())), er, gamma);
        double unresolved = found.stream().filter(r -> !r.resolved()).count();
        System.out.printf("%s: <T> %.6e; search %.1e, guide %.1e, cores left to the quadrature %.1e (%d of %d "
                + "resonances unresolved)%n", c.get("name").asText(), want, relative(searched, want),
                relative(guided, want), relative(numeric, want), (int) unresolved, found.size());
        assertTrue(unresolved >= 10, "unresolved resonances: " + unresolved);
        assertEquals(0, relative(searched, want), MEAN_TOLERANCE, "search");
        assertEquals(0, relative(guided, want), MEAN_TOLERANCE, "guide");
        assertTrue(Math.abs(relative(numeric, want)) > 0.1, "the cores decide <T> here: " + relative(numeric, want));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void unresolvedRowsCarryTheWidthAndBreitWignerPeakOfTheirPoles(JsonNode c) {
        Case k = Case.of(c);
        ThermalWindow window = k.window();
        List<Resonance> found = k.resonances();
        boolean symmetric = k.profile().equals(k.profile().mirrored());
        int checked = 0;
        for (JsonNode p : c.get("narrow_poles")) {
            double er = Double.parseDouble(p.get("energy_eV").asText());
            if (er > window.resonanceTopEv()) {
                continue;
            }
            Resonance r = found.stream().min((x, y) -> Double.compare(Math.abs(x.energyEv() - er),
                    Math.abs(y.energyEv() - er))).orElseThrow();
            assertEquals(er, r.energyEv(), 1e-12 * er, "E_r");
            if (r.resolved()) {
                assertEquals(r.widthEv(), r.widthEstimateEv());
                continue;
            }
            double gamma = Double.parseDouble(p.get("width_eV").asText());
            double peak = Double.parseDouble(p.get("peak_transmission").asText());
            assertTrue(r.widthEv() > gamma, "the bound");
            assertEquals(gamma, r.widthEstimateEv(), PEAK_TOLERANCE * gamma, "width at " + er);
            assertEquals(peak, r.peakTransmission(), PEAK_TOLERANCE * peak, "peak at " + er);
            if (symmetric) {
                // equal partial widths by symmetry, whatever mpmath says
                assertEquals(1, r.peakTransmission(), 1e-12, "symmetric peak at " + er);
            }
            checked++;
        }
        assertTrue(checked >= 10, "unresolved rows checked: " + checked);
    }

    /** A reference case as the engine runs it, and the resonances its search finds. */
    private record Case(Staircase profile, double massU, ThermalWindow window) {
        static Case of(JsonNode c) {
            Staircase s = ReferenceData.staircase(c);
            return new Case(s, c.get("mass_u").asDouble(), ThermalWindow.of(s, c.get("temperature_K").asDouble()));
        }

        List<Resonance> resonances() {
            return ResonanceFinder.find(profile, massU, window);
        }
    }

    /** 10^(a - b) - 1 for log10 a and the plain value b. */
    private static double relative(double log10, double value) {
        return Math.pow(10, log10 - Math.log10(value)) - 1;
    }
}

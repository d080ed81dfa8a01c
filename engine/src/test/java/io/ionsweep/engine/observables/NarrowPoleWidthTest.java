package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Widths of narrow poles against independent mpmath zeros (resources/independent/narrow_poles.py, its output
 * narrow-poles-mpmath.json: 64 K+ multisite filters, the workload's 4-site grid and seeded random ones, with
 * 1e-13 <= Gamma/E_r <= 1e-5, and poles far below the resolution floor; narrow-poles-bias-mpmath.json: two
 * of those filters tilted by +50 and -30 mV, 144 slices), and against thermal-mpmath.jsonl and resonances.json.
 */
class NarrowPoleWidthTest {
    /** K+: standard atomic weight minus one electron mass, as in narrow_poles.py. */
    private static final double K_MASS_U = 39.0983 - 5.48579909065e-4;
    /**
     * What the flux-identity refinement achieves, well inside issue 4's 1e-6 and 1e-3 (measured worst 8e-11
     * for Gamma >= 1e-9 E_r, 3.3e-9 down to 1e-12 E_r; margin for rounding-level changes upstream). The
     * secant on the determinant alone was off by up to 2.4e-6 and 4.5e-4 on these poles, 108 of 604 above this.
     */
    private static final double REFINED_TOLERANCE = 3e-8;

    static List<JsonNode> referenceCases() {
        List<JsonNode> out = new ArrayList<>();
        for (String file : new String[] {"narrow-poles-mpmath.json", "narrow-poles-bias-mpmath.json"}) {
            try (InputStream in = NarrowPoleWidthTest.class.getResourceAsStream("/independent/" + file)) {
                new ObjectMapper().readTree(in).get("cases").forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void narrowWidthsMatchTheIndependentZerosAndTheResolvedFlagsAreHonest() {
        double worstFine = 0;
        double worstCoarse = 0;
        double worstBelow = 0;
        double worstE = 0;
        int checked = 0;
        int unresolved = 0;
        int expected = 0;
        for (JsonNode c : referenceCases()) {
            Staircase s = ReferenceData.staircase(c);
            double e0 = Math.max(s.leadLeftEv(), s.leadRightEv());
            List<Resonance> found = ResonanceFinder.find(s, K_MASS_U, e0 + 1e-6, s.maxPotentialEv());
            for (JsonNode p : c.get("poles")) {
                expected++;
                double er = Double.parseDouble(p.get(0).asText());
                double gr = Double.parseDouble(p.get(1).asText());
                Resonance best = nearest(found, er);
                String where = s + " E_r " + er + " Gamma " + gr + ": found " + best;
                double relE = Math.abs(best.energyEv() - er) / er;
                assertTrue(relE <= 1e-12, where);
                worstE = Math.max(worstE, relE);
                double relG = Math.abs(best.widthEv() - gr) / gr;
                if (gr >= 1e-12 * er) {
                    assertTrue(best.resolved(), "a width the issue requires is reported unresolved: " + where);
                }
                if (!best.resolved()) {
                    // an upper bound, and only where the width is truly at or below the floor
                    assertTrue(best.widthEv() >= gr, "unresolved width is not an upper bound: " + where);
                    assertTrue(gr < 2 * ResonanceFinder.RESOLUTION_ULPS * Math.ulp(er), where);
                    unresolved++;
                } else if (gr >= 1e-9 * er) {
                    assertTrue(relG <= 1e-6, where);
                    assertTrue(relG <= REFINED_TOLERANCE, where);
                    worstFine = Math.max(worstFine, relG);
                } else if (gr >= 1e-12 * er) {
                    assertTrue(relG <= 1e-3, where);
                    assertTrue(relG <= REFINED_TOLERANCE, where);
                    worstCoarse = Math.max(worstCoarse, relG);
                } else {
                    // a width reported as resolved below the range must still be a measured one
                    assertTrue(relG <= 1e-3, where);
                    worstBelow = Math.max(worstBelow, relG);
                }
                checked++;
            }
        }
        System.out.printf("narrow poles: %d (%d unresolved), worst rel E_r %.1e, worst rel Gamma %.1e (Gamma >= 1e-9 E_r), "
                + "%.1e (>= 1e-12 E_r), %.1e (resolved, below)%n", checked, unresolved, worstE, worstFine, worstCoarse, worstBelow);
        assertEquals(expected, checked);
        assertTrue(checked >= 700 && unresolved >= 50, checked + " poles, " + unresolved + " unresolved");
    }

    @Test
    void narrowWidthsOfResonancesJsonAfterRefinement() {
        double worst = 0;
        int narrow = 0;
        for (JsonNode r : ReferenceData.load("resonances.json").get("poles")) {
            String name = r.get("name").asText();
            double er = Double.parseDouble(r.get("energy_eV").asText());
            double gr = Double.parseDouble(r.get("width_eV").asText());
            if (gr >= NarrowPoleRefiner.NARROW_RATIO * er) {
                continue;
            }
            double massU = ReferenceData.transmissionCase(name).species().massU();
            List<Resonance> res = ResonanceFinder.describe(ReferenceData.transmissionCase(name).profile(), massU,
                    ResonanceReferenceTest.poles(name));
            Resonance best = nearest(res, er);
            // resonances.json gives Gamma to 12 digits
            double rel = Math.abs(best.widthEv() - gr) / gr;
            assertTrue(best.resolved() && rel <= REFINED_TOLERANCE, name + " E_r " + er + " Gamma " + gr + ": " + best);
            worst = Math.max(worst, rel);
            narrow++;
        }
        System.out.printf("resonances.json narrow poles after refinement: %d, worst rel Gamma %.1e%n", narrow, worst);
        assertTrue(narrow >= 10, "narrow poles checked: " + narrow);
    }

    @Test
    void narrowWidthsOfTheIndependentThermalPolesAfterRefinement() throws IOException {
        double worst = 0;
        int narrow = 0;
        try (InputStream in = NarrowPoleWidthTest.class.getResourceAsStream("/independent/thermal-mpmath.jsonl");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ObjectMapper mapper = new ObjectMapper();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = mapper.readTree(line);
                String name = c.get("name").asText();
                ReferenceData.Case tc = ReferenceData.transmissionCase(name);
                List<Resonance> res = ResonanceFinder.describe(tc.profile(), tc.species().massU(),
                        ResonanceReferenceTest.poles(name));
                for (JsonNode p : c.get("poles")) {
                    double er = Double.parseDouble(p.get(0).asText());
                    double gr = Double.parseDouble(p.get(1).asText());
                    if (gr >= NarrowPoleRefiner.NARROW_RATIO * er || gr < 1e-12 * er) {
                        continue;
                    }
                    Resonance best = nearest(res, er);
                    double rel = Math.abs(best.widthEv() - gr) / gr;
                    assertTrue(best.resolved() && rel <= REFINED_TOLERANCE, name + " E_r " + er + " Gamma " + gr + ": " + best);
                    worst = Math.max(worst, rel);
                    narrow++;
                }
            }
        }
        System.out.printf("thermal-mpmath.jsonl narrow poles after refinement: %d, worst rel Gamma %.1e%n", narrow, worst);
        assertTrue(narrow >= 50, "narrow poles checked: " + narrow);
    }

    @Test
    void broadPolesAndRejectedMatchesKeepThePolishedWidth() {
        Staircase s = Staircase.of(0, 0, new double[] {0.05, -0.1, 0.05}, new double[] {0.3, 3.0, 0.3});
        double factor = PhysicalConstants.waveNumberFactor(K_MASS_U);
        assertEquals(1e-3, NarrowPoleRefiner.width(s, factor, 0.01, 1e-3, 1e-15));
        // far from any pole the two one-sided solutions do not match: the polished width is kept
        assertEquals(1e-12, NarrowPoleRefiner.width(s, factor, 0.0123456, 1e-12, 1e-15));
    }

    /** The found resonance whose E_r lies nearest er. */
    private static Resonance nearest(List<Resonance> found, double er) {
        Resonance best = found.get(0);
        for (Resonance r : found) {
            if (Math.abs(r.energyEv() - er) < Math.abs(best.energyEv() - er)) {
                best = r;
            }
        }
        return best;
    }
}

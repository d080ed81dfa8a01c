package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.ReferenceData.Case;
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
 * Poles and <T> against an independent 40-digit computation (mpmath, sharing no code with the engine):
 * resources/independent/independent_thermal.py, its output in thermal-mpmath.jsonl. It finds the
 * Dirichlet eigenvalues of each profile region by Sturm counts, a zero of the incident amplitude from
 * each, and integrates <T> by adaptive Gauss-Legendre with breakpoints around every zero. For three
 * cases its <T> equals thermal.json to 5e-16; for k-four-site it differs from thermal.json by 9.1e-6
 * (see {@link MeanTransmissionTest}). Its pole lists hold every resonance of resonances.json and 386
 * in all (thermal.json's poles_in_window counts are lower, see {@link ResonanceCountTest}).
 */
class IndependentReferenceTest {

    private static List<JsonNode> cases() {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = IndependentReferenceTest.class.getResourceAsStream("/independent/thermal-mpmath.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ObjectMapper mapper = new ObjectMapper();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(4, out.size());
        return out;
    }

    @Test
    void everyIndependentPoleIsFoundAndNoOther() {
        double worstE = 0;
        double worstFine = 0;
        double worstCoarse = 0;
        int total = 0;
        for (JsonNode c : cases()) {
            String name = c.get("name").asText();
            List<Pole> mine = ResonanceReferenceTest.poles(name);
            JsonNode poles = c.get("poles");
            assertEquals(poles.size(), c.get("distinct_poles_in_window").asInt(), name);
            assertEquals(poles.size(), mine.size(), name + ": pole count");
            for (JsonNode p : poles) {
                double er = Double.parseDouble(p.get(0).asText());
                double gr = Double.parseDouble(p.get(1).asText());
                Pole best = mine.get(0);
                for (Pole q : mine) {
                    if (Math.abs(q.energyEv() - er) < Math.abs(best.energyEv() - er)) {
                        best = q;
                    }
                }
                double relE = Math.abs(best.energyEv() - er) / er;
                double relG = Math.abs(best.widthEv() - gr) / gr;
                assertTrue(relE <= 1e-12, name + " E_r " + er + ": found " + best.energyEv());
                if (gr >= 1e-9 * er) {
                    assertTrue(relG <= 1e-6, name + " E_r " + er + " Gamma " + gr + ": found " + best.widthEv());
                    worstFine = Math.max(worstFine, relG);
                } else if (gr >= 1e-12 * er) {
                    assertTrue(relG <= 1e-3, name + " E_r " + er + " Gamma " + gr + ": found " + best.widthEv());
                    worstCoarse = Math.max(worstCoarse, relG);
                }
                worstE = Math.max(worstE, relE);
                total++;
            }
        }
        System.out.printf("independent poles: %d, worst rel E_r %.1e, worst rel Gamma %.1e (Gamma >= 1e-9 E_r), "
                + "%.1e (1e-12 E_r <= Gamma < 1e-9 E_r)%n", total, worstE, worstFine, worstCoarse);
    }

    @Test
    void meanTransmissionMatchesTheIndependentIntegral() {
        double worst = 0;
        for (JsonNode c : cases()) {
            String name = c.get("name").asText();
            Case tc = ReferenceData.transmissionCase(name);
            ThermalWindow w = ResonanceReferenceTest.window(ResonanceReferenceTest.thermalCase(name), tc);
            List<Resonance> res = ResonanceFinder.describe(tc.profile(), tc.species().massU(), ResonanceReferenceTest.poles(name));
            double mine = Math.pow(10, BoltzmannAverage.log10MeanTransmission(tc.profile(), tc.species().massU(), w, res));
            double ref = Double.parseDouble(c.get("mean_transmission").asText());
            double rel = Math.abs(mine - ref) / ref;
            System.out.printf("%-18s <T> = %.16e (independent %.16e) rel %.1e%n", name, mine, ref, rel);
            assertTrue(rel <= 1e-8, name);
            worst = Math.max(worst, rel);
        }
        System.out.printf("independent <T>: worst rel %.1e%n", worst);
    }
}

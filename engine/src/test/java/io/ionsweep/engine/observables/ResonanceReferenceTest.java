package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.ReferenceData.Case;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Poles against the 80-digit resonances.json, and the counts of thermal.json's windows. */
class ResonanceReferenceTest {
    private static final Map<String, List<Pole>> CACHE = new HashMap<>();

    static ThermalWindow window(JsonNode thermalCase, Case c) {
        double kT = Double.parseDouble(thermalCase.get("kT_eV").asText());
        return new ThermalWindow(kT, Math.max(c.profile().leadLeftEv(), c.profile().leadRightEv()),
                c.profile().maxPotentialEv());
    }

    static JsonNode thermalCase(String name) {
        for (JsonNode t : ReferenceData.load("thermal.json").get("cases")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    static synchronized List<Pole> poles(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            Case c = ReferenceData.transmissionCase(n);
            ThermalWindow w = window(thermalCase(n), c);
            return PoleFinder.find(c.profile(), c.species().massU(), w.e0Ev(), w.resonanceTopEv());
        });
    }

    @Test
    void everyReferencePoleIsFoundToTheRequiredAccuracy() {
        double worstE = 0;
        double worstFine = 0;
        double worstCoarse = 0;
        int checked = 0;
        for (JsonNode r : ReferenceData.load("resonances.json").get("poles")) {
            String name = r.get("name").asText();
            double er = Double.parseDouble(r.get("energy_eV").asText());
            double gr = Double.parseDouble(r.get("width_eV").asText());
            Pole best = null;
            for (Pole p : poles(name)) {
                if (best == null || Math.abs(p.energyEv() - er) < Math.abs(best.energyEv() - er)) {
                    best = p;
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
            checked++;
        }
        System.out.printf("resonances.json: %d poles, worst rel E_r %.1e, worst rel Gamma %.1e (Gamma >= 1e-9 E_r), "
                + "%.1e (1e-12 E_r <= Gamma < 1e-9 E_r)%n", checked, worstE, worstFine, worstCoarse);
        assertEquals(81, checked);
    }

    @Test
    void polesAreDistinctAndInTheWindow() {
        for (JsonNode t : ReferenceData.load("thermal.json").get("cases")) {
            String name = t.get("name").asText();
            ThermalWindow w = window(t, ReferenceData.transmissionCase(name));
            List<Pole> poles = poles(name);
            for (int i = 0; i < poles.size(); i++) {
                Pole p = poles.get(i);
                assertTrue(p.energyEv() >= w.e0Ev() && p.energyEv() <= w.resonanceTopEv(), name + " " + p);
                if (i > 0) {
                    Pole q = poles.get(i - 1);
                    double sep = Math.hypot(p.energyEv() - q.energyEv(), 0.5 * (p.widthEv() - q.widthEv()));
                    assertTrue(sep > 1e-13 * p.energyEv(), name + ": doubled pole " + p + " / " + q);
                }
            }
            System.out.printf("%-18s %3d poles in [E0, Vmax + 10 kT] (thermal.json poles_in_window: %d)%n",
                    name, poles.size(), t.get("poles_in_window").asInt());
        }
    }
}

package io.ionsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.observables.ConductanceModel;
import io.ionsweep.engine.observables.ObservableSummary;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The observables benchmark's workload is the filter it claims to be, and its thermal observables are
 * right: its k-four-site member against an independent 40-digit mpmath computation
 * (resources/independent/k-four-site-mpmath.json, a line of the engine's thermal-mpmath.jsonl, made by
 * engine/src/test/resources/independent/independent_thermal.py, which shares no code with the engine).
 */
class ObservablesWorkloadTest {
    /** K+ mass in u of the reference computation. */
    private static final double REFERENCE_MASS_U = 39.0977514;

    @Test
    void workloadIs64FourSiteKFiltersAt1024EnergiesWithTheBiasAsked() {
        SweepPlan plan = ObservablesWorkload.plan(50);
        assertEquals(ObservablesWorkload.CONFIGURATIONS, plan.size());
        assertEquals(64, plan.size());
        assertEquals(1024, plan.energy().size());
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            assertEquals("K+", c.species().name());
            assertEquals(50, c.biasMv());
            assertTrue(c.profile() instanceof MultisiteProfile m && m.sites() == 4 && m.wellWidthA() == 3.0);
            // under bias each of the 9 layers is cut into 16 slices; without it the layers are the slices
            assertEquals(9 * 16, c.staircase().sliceCount());
            assertEquals(9, c.profile().staircase(0).sliceCount());
        }
        assertEquals(0, ObservablesWorkload.plan(0).configuration(5).biasMv());
    }

    @Test
    void kFourSiteMemberMatchesTheIndependentMeanTransmissionAndPoles() throws IOException {
        JsonNode ref = reference();
        SweepPlan plan = ObservablesWorkload.plan(0);
        Configuration member = null;
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            if (ObservablesWorkload.isKFourSite(c)) {
                assertEquals(null, member, "one k-four-site member");
                member = c;
            }
        }
        assertTrue(member != null, "the workload holds the k-four-site filter");
        // the reference is at 310 K, with the K+ mass of transmission.json (the table's differs in the 9th digit)
        Species k = new Species("K+", REFERENCE_MASS_U, 1);
        assertEquals(k.massU(), member.massU(), 1e-9 * k.massU());
        Configuration at310 = Configuration.of(member.configId(), k, 1, 310, 0, member.profile());
        ObservableSummary s = ThermalObservable.summarise(at310);
        double expected = Double.parseDouble(ref.get("mean_transmission").asText());
        assertEquals(expected, s.meanTransmission(), 1e-6 * expected, "<T>");
        // the benchmark's other variant, without the resonance search: the same <T>, no resonances
        ObservableSummary fast = new ThermalObservable(ConductanceModel.defaultModel(), Double.NaN, Double.NaN, true, false)
                .observe(at310);
        assertEquals(expected, fast.meanTransmission(), 1e-6 * expected, "<T> without the resonance search");
        assertTrue(fast.resonances().isEmpty());
        JsonNode poles = ref.get("poles");
        List<Resonance> found = s.resonances();
        assertEquals(poles.size(), found.size(), "resonance count");
        for (int i = 0; i < poles.size(); i++) {
            double er = Double.parseDouble(poles.get(i).get(0).asText());
            double nearest = Double.POSITIVE_INFINITY;
            for (Resonance r : found) {
                nearest = Math.min(nearest, Math.abs(r.energyEv() - er));
            }
            assertTrue(nearest <= 1e-12 * er, "E_r " + er + ": nearest found is " + nearest + " eV away");
        }
        Staircase flat = member.profile().staircase(0);
        assertEquals(0.08, flat.potentialEv(0), 0);
        assertEquals(-0.05, flat.potentialEv(1), 0);
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = ObservablesWorkloadTest.class.getResourceAsStream("/independent/k-four-site-mpmath.json")) {
            JsonNode n = new ObjectMapper().readTree(in);
            assertEquals("k-four-site", n.get("name").asText());
            return n;
        }
    }
}

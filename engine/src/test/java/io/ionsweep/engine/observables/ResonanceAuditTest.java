package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ResonanceAudit} on the double-zero filter of kcsa-tunnelling configuration 392 (the double zero from
 * independent 40-digit mpmath, as in {@link DoubleZeroTest}): the search's rows pass, and each way a row can be
 * wrong is caught: a row that is no zero, a member missing, a member doubled.
 */
class ResonanceAuditTest {
    private static final double ER = 0.3802929784265106500385096;
    private static final double GAMMA = 0.356469187887139811153075;
    private static final Staircase FILTER = FourSiteFilter.of(0.025852, 0.11767734468251262, -0.1, 3);
    private static final double MASS = SpeciesTable.lookup("K+").orElseThrow().massU() * 0.10000000000000002;

    private static List<Resonance> rows() {
        return ResonanceFinder.find(FILTER, MASS, 0, Math.max(0.5, ThermalWindow.of(FILTER, 300).resonanceTopEv()));
    }

    private static Resonance at(double energyEv, double widthEv) {
        return new Resonance(energyEv, widthEv, energyEv / widthEv, 1, 1, true, 0);
    }

    @Test
    void theSearchsRowsPass() {
        List<Resonance> rows = rows();
        ResonanceAudit.Result r = ResonanceAudit.audit(FILTER, MASS, rows);
        assertEquals(List.of(), r.mismatches());
        assertEquals(2, r.atMultipleZero(), "the two members of the mpmath double zero");
        assertTrue(r.checked() > 0.9 * rows.stream().filter(Resonance::resolved).count(), r.toString());
    }

    @Test
    void aRowThatIsNoZeroIsCaught() {
        List<Resonance> rows = new ArrayList<>(rows());
        Resonance bogus = at(ER * (1 + 1e-3), GAMMA);
        rows.add(bogus);
        List<ResonanceAudit.Mismatch> m = ResonanceAudit.audit(FILTER, MASS, rows).mismatches();
        assertEquals(1, m.size(), m.toString());
        assertEquals(bogus, m.get(0).row());
        assertEquals(0, m.get(0).winding(), 0.1);
    }

    @Test
    void aMissingOrDoubledMemberIsCaught() {
        List<Resonance> rows = new ArrayList<>(rows());
        Resonance member = rows.stream().filter(x -> Math.abs(x.energyEv() - ER) < 1e-9 * ER).findFirst().orElseThrow();
        rows.remove(member);
        List<ResonanceAudit.Mismatch> missing = ResonanceAudit.audit(FILTER, MASS, rows).mismatches();
        assertEquals(1, missing.size(), missing.toString());
        assertEquals(1, missing.get(0).rowsInside());
        assertEquals(2, missing.get(0).winding(), 0.1);

        List<Resonance> doubled = new ArrayList<>(rows());
        Resonance simple = doubled.stream().filter(x -> x.resolved() && Math.abs(x.energyEv() - ER) > 1e-3 * ER)
                .findFirst().orElseThrow();
        doubled.add(simple);
        List<ResonanceAudit.Mismatch> twice = ResonanceAudit.audit(FILTER, MASS, doubled).mismatches();
        assertEquals(2, twice.size(), twice.toString());
        assertEquals(2, twice.get(0).rowsInside());
        assertEquals(1, twice.get(0).winding(), 0.1);
    }
}

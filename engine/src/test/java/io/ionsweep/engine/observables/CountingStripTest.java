package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.profile.Staircase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counting lines' strip (PoleFinder.countingDepth): on a heavy ion's wide barrier, whose hundreds of poles are
 * known in closed form, the strip is taken only where the rectangle below it holds no pole left out of the known
 * ones, and the seeded search that counts in it finds the closed-form poles.
 */
class CountingStripTest {
    private static final double BARRIER_EV = 0.1;
    private static final double WIDTH_A = 10;
    private static final double MASS_U = 200;
    private static final double E_LO = BARRIER_EV + 0.002;
    private static final double E_HI = BARRIER_EV + 0.1;
    private static final double DEPTH = E_HI - E_LO;

    private static Staircase barrier() {
        return Staircase.of(0, 0, new double[] {BARRIER_EV}, new double[] {WIDTH_A});
    }

    /** With every pole known the first strip is taken: eight times the deepest pole, a few hundredths of the window. */
    @Test
    void everyPoleKnownTakesTheFirstStrip() {
        List<C> closed = closedFormPoles();
        assertTrue(closed.size() > 200, "poles " + closed.size());
        double deepest = 0;
        for (C z : closed) {
            deepest = Math.max(deepest, -z.im());
        }
        double strip = PoleFinder.countingDepth(barrier(), MASS_U, asPoles(closed), E_LO, E_HI, DEPTH);
        assertEquals(Math.max(PoleFinder.STRIP_MARGIN * deepest, PoleFinder.STRIP_MIN_FRACTION * DEPTH), strip, 0);
        assertTrue(strip < 0.05 * DEPTH, "strip " + strip / DEPTH + " of the window");
    }

    /**
     * With only the ten lowest (shallowest) poles known and a contour a twentieth of the window deep, the first
     * strip (eight times the deepest known) leaves the rectangle below it holding the broader poles: that trial is
     * refused, and the next, four times deeper, clears all of them.
     */
    @Test
    void aStripWithUnknownPolesBelowIsRefused() {
        List<C> closed = closedFormPoles();
        List<C> known = closed.subList(0, 10);
        double depth = 0.05 * DEPTH;
        double deepestKnown = 0;
        for (C z : known) {
            deepestKnown = Math.max(deepestKnown, -z.im());
        }
        double first = Math.max(PoleFinder.STRIP_MARGIN * deepestKnown, PoleFinder.STRIP_MIN_FRACTION * depth);
        double deepestUnknown = 0;
        int below = 0;
        for (C z : closed.subList(10, closed.size())) {
            deepestUnknown = Math.max(deepestUnknown, -z.im());
            below += -z.im() > first ? 1 : 0;
        }
        // the case is one that needs the check: unknown poles lie below the first strip, none below the second
        assertTrue(below > 50, below + " unknown poles below the first strip");
        assertTrue(deepestUnknown < PoleFinder.STRIP_GROWTH * first && deepestUnknown < depth, "deepest " + deepestUnknown);

        double strip = PoleFinder.countingDepth(barrier(), MASS_U, asPoles(known), E_LO, E_HI, depth);
        assertEquals(PoleFinder.STRIP_GROWTH * first, strip, 0);
    }

    /** The seeded search, counting in its strip, finds the barrier's closed-form poles, none missed or doubled. */
    @Test
    void theSeededSearchInItsStripFindsTheClosedFormPoles() {
        Staircase s = barrier();
        List<Pole> seeds = SeedPolisher.polish(s, MASS_U, new ZeroIteration(s, MASS_U), E_LO, E_HI, DEPTH,
                PoleFinder.TOP_FRACTION);
        double strip = PoleFinder.countingDepth(s, MASS_U, seeds, E_LO, E_HI, DEPTH);
        assertTrue(strip < PoleFinder.STRIP_MAX_FRACTION * DEPTH, "strip " + strip / DEPTH + " of the window");

        List<C> closed = closedFormPoles();
        List<Pole> found = PoleFinder.find(s, MASS_U, E_LO, E_HI);
        assertEquals(closed.size(), found.size(), "closed form " + closed.size() + " poles, search " + found.size());
        for (int i = 0; i < found.size(); i++) {
            C z = closed.get(i);
            assertEquals(z.re(), found.get(i).energyEv(), 1e-12 * z.re(), "pole " + i);
            assertEquals(-2 * z.im(), found.get(i).widthEv(), 1e-8 * -z.im(), "pole " + i);
        }
    }

    private static List<Pole> asPoles(List<C> zs) {
        List<Pole> out = new ArrayList<>();
        for (C z : zs) {
            out.add(new Pole(z.re(), -2 * z.im()));
        }
        return out;
    }

    /** The barrier's poles with E_r in [E_LO, E_HI], by E_r. */
    static List<C> closedFormPoles() {
        return RectangularBarrier.poles(BARRIER_EV, WIDTH_A, MASS_U, E_HI).stream().filter(e -> e.re() >= E_LO).toList();
    }
}

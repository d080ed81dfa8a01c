package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index answers exactly as full scans of the list do (the polisher's and the guide's queries), and keeps
 * the order found.
 */
class FoundPolesTest {

    @Test
    void answersAsAFullScan() {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int trial = 0; trial < 50; trial++) {
            FoundPoles found = new FoundPoles(rnd.nextInt(1, 20));
            List<Pole> plain = new ArrayList<>();
            int n = rnd.nextInt(1, 400);
            for (int i = 0; i < n; i++) {
                // clustered energies, some repeated exactly, widths from 0 to broad
                double e = rnd.nextInt(4) == 0 && !plain.isEmpty() ? plain.get(rnd.nextInt(plain.size())).energyEv()
                        : 0.01 + 0.3 * rnd.nextDouble() + (rnd.nextBoolean() ? 1e-13 * rnd.nextInt(5) : 0);
                double w = rnd.nextBoolean() ? 0 : Math.pow(10, -rnd.nextDouble(1, 16));
                Pole p = new Pole(e, w);
                found.add(p);
                plain.add(p);
            }
            assertEquals(plain, found);
            for (int q = 0; q < 200; q++) {
                Pole anchor = plain.get(rnd.nextInt(plain.size()));
                double[] z = {anchor.energyEv() + (rnd.nextBoolean() ? 0 : rnd.nextDouble(-1e-3, 1e-3) * Math.pow(10, -rnd.nextInt(12))),
                    -0.5 * anchor.widthEv() + (rnd.nextBoolean() ? 0 : rnd.nextDouble(-1e-6, 1e-6))};
                double tol = rnd.nextInt(5) == 0 ? 0 : Math.pow(10, -rnd.nextDouble(3, 17)) * z[0];
                assertEquals(SeedPolisher.isNew(plain, z, tol), found.isNew(z, tol), "isNew " + z[0] + " tol " + tol);
                double reach = rnd.nextInt(5) == 0 ? Math.abs(anchor.energyEv() - plain.get(0).energyEv())
                        : Math.pow(10, -rnd.nextDouble(1, 14));
                List<Pole> expected = new ArrayList<>();
                for (Pole p : plain) {
                    if (Math.abs(p.energyEv() - z[0]) < reach) {
                        expected.add(p);
                    }
                }
                assertEquals(expected, found.near(z[0], reach, new ArrayList<>()), "near " + z[0] + " reach " + reach);
                // the guide's queries: an asymmetric window, inclusive; a tolerance from each zero's own width
                double a = z[0] - (rnd.nextInt(5) == 0 ? 0 : reach * rnd.nextDouble());
                double b = z[0] + (rnd.nextInt(5) == 0 ? 0 : reach * rnd.nextDouble());
                List<Pole> inWindow = new ArrayList<>();
                boolean own = false;
                double fraction = Math.pow(10, -rnd.nextDouble(0, 3));
                for (Pole p : plain) {
                    if (p.energyEv() >= a && p.energyEv() <= b) {
                        inWindow.add(p);
                    }
                    double t = Math.max(fraction * 0.5 * p.widthEv(), 64 * Math.ulp(p.energyEv()));
                    own |= Math.hypot(z[0] - p.energyEv(), z[1] + 0.5 * p.widthEv()) <= t;
                }
                assertEquals(inWindow, found.within(a, b), "within [" + a + ", " + b + "]");
                assertEquals(own, found.nearOwnWidth(z, fraction, 64),
                        "nearOwnWidth " + z[0] + " fraction " + fraction);
            }
        }
    }

    @Test
    void onlyAppends() {
        FoundPoles found = new FoundPoles(4);
        found.add(new Pole(0.1, 0.01));
        assertThrows(UnsupportedOperationException.class, () -> found.add(0, new Pole(0.2, 0.01)));
    }
}

package io.ionsweep.engine.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.ReferenceData.Case;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.profile.Staircase;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** <T> and the Arrhenius factor against thermal.json and closed forms. */
class MeanTransmissionTest {

    @Test
    void meanTransmissionAndArrheniusMatchThermalJson() {
        double worstT = 0;
        double worstA = 0;
        for (JsonNode t : ReferenceData.load("thermal.json").get("cases")) {
            String name = t.get("name").asText();
            Case c = ReferenceData.transmissionCase(name);
            ThermalWindow w = ResonanceReferenceTest.window(t, c);
            List<Resonance> res = ResonanceFinder.describe(c.profile(), c.species().massU(), ResonanceReferenceTest.poles(name));
            double log10 = BoltzmannAverage.log10MeanTransmission(c.profile(), c.species().massU(), w, res);
            double ref = Double.parseDouble(t.get("mean_transmission").asText());
            double relT = Math.abs(Math.pow(10, log10) - ref) / ref;
            double refA = Double.parseDouble(t.get("arrhenius_factor").asText());
            double relA = Math.abs(Math.pow(10, w.log10ArrheniusFactor()) - refA) / refA;
            System.out.printf("%-18s <T> = %.16e (ref %.16e) rel %.1e; Arrhenius rel %.1e%n",
                    name, Math.pow(10, log10), ref, relT, relA);
            // k-four-site: thermal.json's mean_transmission is 9.09e-6 above the true value. An independent
            // 40-digit computation (resources/independent, mpmath, no code shared with the engine) gives
            // 0.023441058758441256 (ours agrees to 1e-11, IndependentReferenceTest), with two quadrature
            // rules agreeing to 1e-14 and every narrow resonance below the barrier tops accounted for by
            // Sturm counts; the same computation reproduces thermal.json to 5e-16 for the other three
            // cases. The difference, 2.13e-7 absolute, is about the area of one resonance quartet
            // (0.0597 eV: 2.08e-7). So this case is held to the reference's own error, not to 1e-6.
            double tolerance = name.equals("k-four-site") ? 2e-5 : 1e-6;
            assertTrue(relT <= tolerance, name + " <T>");
            assertTrue(relA <= 1e-9, name + " arrhenius");
            worstT = Math.max(worstT, relT);
            worstA = Math.max(worstA, relA);
        }
        System.out.printf("thermal.json: worst rel <T> %.1e, worst rel Arrhenius %.1e%n", worstT, worstA);
    }

    @Test
    void aStepFunctionGivesTheArrheniusFactor() {
        for (double barrierKt : new double[] {0.5, 3, 40, 2000}) {
            double kT = 0.0258;
            double e0 = 0.01;
            double vmax = e0 + barrierKt * kT;
            ThermalWindow w = new ThermalWindow(kT, e0, vmax);
            BoltzmannAverage.BatchLog10 step = (e, out, n) -> {
                for (int i = 0; i < n; i++) {
                    out[i] = e[i] > vmax ? 0.0 : Double.NEGATIVE_INFINITY;
                }
            };
            TreeSet<Double> breaks = new TreeSet<>(List.of(vmax));
            double log10 = BoltzmannAverage.log10Average(step, w, breaks);
            // exp(-(Vmax - E0)/kT), in log10 so that 2000 kT (far below the smallest double) still compares
            assertEquals(w.log10ArrheniusFactor(), log10, 1e-12 * Math.max(1, Math.abs(log10)), "barrier " + barrierKt + " kT");
        }
    }

    /** T(E) of one rectangular barrier in closed form, integrated independently with composite Simpson. */
    @Test
    void rectangularBarrierMatchesItsClosedForm() {
        double massU = 22.9892207;
        double v0 = 0.09;
        double d = 0.4;
        double kT = PhysicalConstants.thermalEnergyEv(300);
        double f = PhysicalConstants.waveNumberFactor(massU);
        Staircase s = Staircase.of(0, 0, new double[] {v0}, new double[] {d});
        ThermalWindow w = ThermalWindow.of(s, 300);
        // beyond the code's own cutoff (its tail is part of what is checked): e^-60 is left out here
        double top = v0 + 60 * kT;
        double integral = simpson(e -> closedFormT(e, v0, d, f) * Math.exp(-e / kT), 0, v0, 400_000)
                + simpson(e -> closedFormT(e, v0, d, f) * Math.exp(-e / kT), v0, top, 400_000);
        double expected = integral / kT;
        List<Resonance> res = ResonanceFinder.find(s, massU, w);
        double got = Math.pow(10, BoltzmannAverage.log10MeanTransmission(s, massU, w, res));
        System.out.printf("rectangular barrier: <T> %.15e vs closed form %.15e, rel %.1e%n", got, expected,
                Math.abs(got - expected) / expected);
        assertEquals(expected, got, 1e-9 * expected);
    }

    private static double closedFormT(double e, double v0, double d, double f) {
        if (e <= 0) {
            return 0;
        }
        if (e == v0) {
            return 1 / (1 + v0 * f * d * d / 4);
        }
        double k2 = f * (e - v0);
        double s2 = k2 > 0 ? Math.pow(Math.sin(Math.sqrt(k2) * d), 2) : Math.pow(Math.sinh(Math.sqrt(-k2) * d), 2);
        return 1 / (1 + v0 * v0 * s2 / (4 * e * Math.abs(e - v0)) * (k2 > 0 ? 1 : 1));
    }

    private static double simpson(java.util.function.DoubleUnaryOperator fn, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = fn.applyAsDouble(a) + fn.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * fn.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}

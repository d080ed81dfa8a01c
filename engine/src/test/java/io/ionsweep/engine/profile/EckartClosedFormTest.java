package io.ionsweep.engine.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.Kernels;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.physics.SpeciesTable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Eckart barrier at the default accuracy against its closed form, for K+ and Li+ over filter-like
 * heights (0.05-0.15 eV) and lengths (0.2-1 A), from deep tunnelling (1e-4 of the height) to three
 * times the height, with every kernel: the error must be within the requested accuracy and within
 * the reported estimate.
 */
class EckartClosedFormTest {
    private static final double LN10 = Math.log(10.0);
    private static double worstFractionOfAccuracy;
    private static String worstCase = "";
    private static long mostSlices;

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        for (TransmissionKernel k : Kernels.available()) {
            for (String ion : new String[] {"K+", "Li+"}) {
                for (double height : new double[] {0.05, 0.1, 0.15}) {
                    for (double length : new double[] {0.2, 0.5, 1.0}) {
                        args.add(Arguments.of(k, SpeciesTable.lookup(ion).orElseThrow(), height, length));
                    }
                }
            }
        }
        return args.stream();
    }

    /** Log-spaced energies in deep tunnelling, dense around the top, then above it; 101 values (not a multiple of a vector). */
    static double[] energies(double heightEv) {
        List<Double> e = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            e.add(heightEv * Math.pow(10, -4 + 3.95 * i / 39.0)); // 1e-4 .. 0.89 of the height
        }
        for (int i = 0; i < 41; i++) {
            e.add(heightEv * (0.9 + 0.2 * i / 40.0));
        }
        for (int i = 1; i <= 20; i++) {
            e.add(heightEv * (1.1 + 1.9 * i / 20.0));
        }
        return e.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @ParameterizedTest(name = "{0} {1} height={2} eV length={3} A")
    @MethodSource("cases")
    void withinTheDefaultAccuracy(TransmissionKernel kernel, Species ion, double heightEv, double lengthA) {
        EckartProfile barrier = EckartProfile.of(heightEv, lengthA, 0.7);
        double[] e = energies(heightEv);
        double[] log10T = new double[e.length];
        RichardsonTransmission.Result r = barrier.evaluate(kernel, ion.massU(), 0.0, e, log10T, e.length);
        assertTrue(r.converged(), () -> "did not converge: " + r);
        assertTrue(r.errorEstimateLog10() <= Accuracy.DEFAULT, () -> "estimate above the accuracy: " + r);
        for (int i = 0; i < e.length; i++) {
            double exact = EckartExact.log10T(ion.massU(), heightEv, lengthA, e[i]);
            double errLog10 = Math.abs(log10T[i] - exact);
            double allowed = Accuracy.toleranceLog10(exact, Accuracy.DEFAULT);
            double energy = e[i];
            assertTrue(Double.isFinite(log10T[i]), () -> "non-finite at E=" + energy);
            if (exact > -30) {
                double rel = Math.abs(Math.expm1((log10T[i] - exact) * LN10));
                assertTrue(rel <= Accuracy.DEFAULT, () -> "E=" + energy + ": relative error of T " + rel);
            } else {
                assertTrue(errLog10 <= Accuracy.DEFAULT, () -> "E=" + energy + ": error of log10 T " + errLog10);
            }
            assertTrue(errLog10 <= r.errorEstimateLog10(),
                    () -> "E=" + energy + ": error " + errLog10 + " above the reported estimate " + r.errorEstimateLog10());
            synchronized (EckartClosedFormTest.class) {
                if (errLog10 / allowed > worstFractionOfAccuracy) {
                    worstFractionOfAccuracy = errLog10 / allowed;
                    worstCase = kernel.name() + " " + ion.name() + " " + heightEv + " eV " + lengthA + " A at E="
                            + energy + " (log10 T = " + exact + ")";
                }
                mostSlices = Math.max(mostSlices, r.finestSlices());
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("Eckart vs closed form: worst error = %.3g of the tolerance (%s); finest staircase <= %d slices%n",
                worstFractionOfAccuracy, worstCase, mostSlices);
    }
}

package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.ReferenceData;
import io.ionsweep.engine.ReferenceData.Case;
import io.ionsweep.engine.ReferenceData.Point;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kernel against the 80-digit reference transmission of shared/reference/transmission.json. */
class ReferenceTransmissionTest {

    static Stream<Arguments> kernelsAndCases() {
        List<Arguments> args = new ArrayList<>();
        for (TransmissionKernel k : Kernels.available()) {
            for (Case c : ReferenceData.transmissionCases()) {
                args.add(Arguments.of(k, c));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kernelsAndCases")
    void matchesReferenceToOnePartInABillion(TransmissionKernel kernel, Case c) {
        // Several copies of the grid so the vector kernel sees full vectors and a tail.
        int n = c.points().size();
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = c.points().get(i).energyEv();
        }
        double[] log10T = new double[n];
        kernel.log10Transmission(c.profile(), c.species().massU(), e, log10T, n);

        double worstLog = 0;
        double worstRel = 0;
        for (int i = 0; i < n; i++) {
            Point p = c.points().get(i);
            double errLog = Math.abs(log10T[i] - p.log10Transmission());
            worstLog = Math.max(worstLog, errLog);
            assertTrue(Double.isFinite(log10T[i]), () -> "non-finite log10 T at E=" + p.energyEv());
            assertTrue(errLog <= 1e-9, c.name() + " E=" + p.energyEv() + ": log10 T " + log10T[i]
                    + " vs " + p.log10Transmission());
            if (p.transmission().compareTo(new BigDecimal("1e-300")) > 0) {
                double t = Math.pow(10, log10T[i]);
                double rel = new BigDecimal(t).subtract(p.transmission()).abs()
                        .divide(p.transmission(), MathContext.DECIMAL64).doubleValue();
                worstRel = Math.max(worstRel, rel);
                assertTrue(rel <= 1e-9, c.name() + " E=" + p.energyEv() + ": T " + t + " vs " + p.transmission());
            }
        }
        System.out.printf("%-8s %-18s worst |d log10 T| = %.2e, worst rel T = %.2e%n",
                kernel.name(), c.name(), worstLog, worstRel);
        assertEquals(n, log10T.length);
    }
}

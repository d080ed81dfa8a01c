package io.ionsweep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.profile.Staircase;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;

/** The engine benchmark's workload is the filter it claims to be, and computes the kernel's answer. */
class EngineWorkloadTest {

    @Test
    void workloadIsAFourSiteKFilterOf4096ConfigurationsAt1024Energies() {
        SweepPlan plan = EngineWorkload.plan();
        assertEquals(EngineBenchmark.CONFIGURATIONS, plan.size());
        assertEquals(1024, plan.energy().size());
        Configuration last = plan.configuration(plan.size() - 1);
        Staircase s = last.staircase();
        assertEquals(9, s.sliceCount());
        assertEquals(0.2, s.potentialEv(0), 1e-15);
        assertEquals(1.0, s.widthA(0), 1e-15);
        assertEquals(-0.1, s.potentialEv(1), 1e-15);
        assertEquals(4.0, s.widthA(1), 1e-15);
        assertEquals("K+", last.species().name());
    }

    @Test
    void engineKernelAgreesWithTheRectangularBarrierClosedFormOnOneBarrierSlice() {
        // The benchmark's kernel on the workload's first barrier alone, against the closed form.
        SweepPlan plan = EngineWorkload.plan();
        Configuration c = plan.configuration(0);
        double v0 = c.staircase().potentialEv(0);
        double d = c.staircase().widthA(0);
        Staircase one = Staircase.of(0, 0, new double[] {v0}, new double[] {d});
        double factor = io.ionsweep.engine.physics.PhysicalConstants.waveNumberFactor(c.massU());
        double[] e = plan.energy().energiesEv();
        double[] log10T = new double[e.length];
        TransmissionKernel kernel = KernelProvider.select(KernelChoice.AUTO);
        kernel.log10Transmission(one, c.massU(), e, log10T, e.length);
        for (int i = 0; i < e.length; i += 37) {
            double expected;
            if (e[i] < v0) {
                double kappa = Math.sqrt(factor * (v0 - e[i]));
                double sh = Math.sinh(kappa * d);
                expected = 1 / (1 + v0 * v0 * sh * sh / (4 * e[i] * (v0 - e[i])));
            } else {
                double k = Math.sqrt(factor * (e[i] - v0));
                double sn = Math.sin(k * d);
                expected = 1 / (1 + v0 * v0 * sn * sn / (4 * e[i] * (e[i] - v0)));
            }
            assertEquals(expected, Math.pow(10, log10T[i]), 1e-11 * expected, "E=" + e[i]);
        }
    }
}

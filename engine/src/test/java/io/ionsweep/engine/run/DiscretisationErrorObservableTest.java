package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.EckartProfile;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.profile.ProfileSpec;
import io.ionsweep.engine.profile.RichardsonTransmission;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.SweepPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary column carries what the profile reported, through the runner, for every configuration. */
class DiscretisationErrorObservableTest {

    private static SweepPlan plan(EnergyGrid grid, List<ProfileSpec> profiles) {
        return new SweepPlan() {
            @Override
            public long size() {
                return profiles.size();
            }

            @Override
            public Configuration configuration(long id) {
                checkId(id);
                return Configuration.of(id, SpeciesTable.lookup("K+").orElseThrow(), 1.0, 300, 0,
                        profiles.get((int) id));
            }

            @Override
            public EnergyGrid energy() {
                return grid;
            }

            @Override
            public List<String> parameterColumns() {
                return List.copyOf(configuration(0).parameters().keySet());
            }

            @Override
            public List<String> sweptParameters() {
                return List.of();
            }
        };
    }

    @Test
    void theColumnIsTheProfilesEstimateAndZeroForStaircases() throws Exception {
        TransmissionKernel kernel = KernelProvider.get();
        EnergyGrid grid = EnergyGrid.linear(0.005, 0.2, 33);
        EckartProfile loose = EckartProfile.of(0.1, 0.5).withAccuracy(1e-4);
        EckartProfile tight = EckartProfile.of(0.1, 0.5).withAccuracy(1e-8);
        MultisiteProfile steps = new MultisiteProfile(4, 0.08, 0.3, 0.05, 3.0, 16);
        List<ProfileSpec> profiles = List.of(loose, tight, steps);
        SweepRunner runner = new SweepRunner(plan(grid, List.of(loose, tight)), kernel,
                List.of(new SpectrumSummary(), new DiscretisationErrorObservable()), new SweepRunner.Settings(1, 1, false, 1));
        assertEquals(List.of("peak_transmission", "energy_at_peak_eV", "min_log10_transmission",
                "discretisation_error_estimate"), runner.columns().stream().map(ResultColumn::name).toList());

        SweepPlan plan = plan(grid, profiles);
        SweepRunnerTest.RecordingSink sink = new SweepRunnerTest.RecordingSink();
        new SweepRunner(plan, kernel, List.of(new DiscretisationErrorObservable()), new SweepRunner.Settings(2, 1, false, 1))
                .run(new PartPlan(plan.size(), 2, 0, 1), p -> true, sink, ProgressListener.NONE);
        double[] e = grid.energiesEv();
        double[] log10T = new double[e.length];
        for (int id = 0; id < 2; id++) {
            EckartProfile p = (EckartProfile) profiles.get(id);
            RichardsonTransmission.Result r = p.evaluate(kernel, plan.configuration(id).massU(), 0.0, e, log10T, e.length);
            assertEquals(r.errorEstimateLog10(), sink.rows.get(id)[0], 0.0, "config " + id);
            assertTrue(r.errorEstimateLog10() > 0 && r.errorEstimateLog10() <= p.accuracy(), "config " + id + ": " + r);
        }
        assertTrue(sink.rows.get(1)[0] < sink.rows.get(0)[0], "a tighter accuracy gives a smaller estimate");
        assertEquals(0.0, sink.rows.get(2)[0], "a staircase is its own profile");
    }
}

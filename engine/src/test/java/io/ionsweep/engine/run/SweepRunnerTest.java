package io.ionsweep.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelChoice;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.MultisiteProfile;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.EnergyGrid;
import io.ionsweep.engine.sweep.SweepPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepRunnerTest {

    /** A plan whose barrier height and width vary with the id: every configuration differs. */
    static SweepPlan plan(long size) {
        EnergyGrid grid = EnergyGrid.linear(0.001, 0.3, 67);
        return new SweepPlan() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public Configuration configuration(long id) {
                checkId(id);
                return Configuration.of(id, SpeciesTable.lookup("K+").orElseThrow(), 1.0, 300, 0,
                        new MultisiteProfile(4, 0.05 + 0.001 * (id % 97), 0.2 + 0.01 * (id % 13), 0.05, 3.0, 16));
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
                return List.of("barrier_height_eV", "barrier_width_A");
            }
        };
    }

    /** Records everything it is given, checking the order contract. */
    static final class RecordingSink implements PartSink {
        final List<Long> ids = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();
        final List<double[]> spectra = new ArrayList<>();
        final List<Long> completed = new ArrayList<>();
        long currentPart = -1;

        @Override
        public void accept(BatchResult b) {
            assertTrue(b.part() >= currentPart, "parts arrive in order");
            currentPart = b.part();
            for (int r = 0; r < b.size(); r++) {
                assertEquals(b.firstConfigId() + r, b.configurations()[r].configId());
                ids.add(b.firstConfigId() + r);
                double[] row = new double[b.summaryColumns()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = b.summary(r, c);
                }
                rows.add(row);
                if (b.hasSpectra()) {
                    double[] s = new double[b.spectrumPoints()];
                    for (int k = 0; k < s.length; k++) {
                        s[k] = b.spectrumLog10T(r, k);
                    }
                    spectra.add(s);
                }
            }
        }

        @Override
        public void partComplete(long part) {
            assertEquals(currentPart, part);
            completed.add(part);
        }
    }

    private static RecordingSink run(SweepPlan plan, PartPlan parts, int threads, boolean spectra) throws Exception {
        TransmissionKernel kernel = KernelProvider.get();
        SweepRunner runner = new SweepRunner(plan, kernel, List.of(new SpectrumSummary()),
                new SweepRunner.Settings(threads, 7, spectra, 3));
        RecordingSink sink = new RecordingSink();
        RunStats stats = runner.run(parts, p -> true, sink, ProgressListener.NONE);
        assertEquals(sink.ids.size(), stats.configurations());
        return sink;
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws Exception {
        SweepPlan plan = plan(301);
        PartPlan parts = new PartPlan(plan.size(), 50, 0, 1);
        RecordingSink one = run(plan, parts, 1, true);
        RecordingSink three = run(plan, parts, 3, true);
        assertEquals(one.ids, three.ids);
        for (int i = 0; i < one.rows.size(); i++) {
            assertArrayEquals(one.rows.get(i), three.rows.get(i));
            assertArrayEquals(one.spectra.get(i), three.spectra.get(i));
        }
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), one.completed);
    }

    @Test
    void shardsAreDisjointAndTheirUnionIsTheWholeSweep() throws Exception {
        SweepPlan plan = plan(233);
        Set<Long> union = new HashSet<>();
        long total = 0;
        for (int shard = 0; shard < 3; shard++) {
            PartPlan parts = new PartPlan(plan.size(), 20, shard, 3);
            RecordingSink s = run(plan, parts, 2, false);
            assertEquals(parts.configsInShard(), s.ids.size());
            total += s.ids.size();
            union.addAll(s.ids);
        }
        assertEquals(plan.size(), total, "no configuration in two shards");
        assertEquals(plan.size(), union.size(), "every configuration in some shard");
    }

    @Test
    void summaryEqualsWhatTheScalarKernelGivesForSampledConfigurations() throws Exception {
        SweepPlan plan = plan(61);
        RecordingSink s = run(plan, new PartPlan(plan.size(), 64, 0, 1), 2, true);
        TransmissionKernel scalar = KernelProvider.select(KernelChoice.SCALAR);
        double[] e = plan.energy().energiesEv();
        for (long id : new long[] {0, 17, 60}) {
            Configuration c = plan.configuration(id);
            double[] log10T = new double[e.length];
            scalar.log10Transmission(c.staircase(), c.massU(), e, log10T, e.length);
            int peak = 0;
            for (int i = 1; i < e.length; i++) {
                peak = log10T[i] > log10T[peak] ? i : peak;
            }
            double[] row = s.rows.get((int) id);
            assertEquals(Math.pow(10, log10T[peak]), row[0], 1e-12 * row[0]);
            assertEquals(e[peak], row[1]);
            assertEquals(java.util.Arrays.stream(log10T).min().orElseThrow(), row[2], 1e-12 * Math.abs(row[2]));
            double[] spectrum = s.spectra.get((int) id);
            assertEquals((e.length + 2) / 3, spectrum.length);
            for (int k = 0; k < spectrum.length; k++) {
                assertEquals(log10T[3 * k], spectrum[k], 1e-12 * (1 + Math.abs(spectrum[k])));
            }
        }
    }

    @Test
    void resonancesArriveOneListPerConfigurationInOrderWithOrWithoutSummaryColumns() throws Exception {
        // single wells between two barriers: a handful of resonances each, cheap to find
        SweepPlan base = plan(6);
        SweepPlan plan = new SweepPlan() {
            @Override
            public long size() {
                return base.size();
            }

            @Override
            public Configuration configuration(long id) {
                return Configuration.of(id, SpeciesTable.lookup("Na+").orElseThrow(), 1.0, 300, 0,
                        new MultisiteProfile(1, 0.06 + 0.01 * id, 0.3, 0.0, 1.0, 4));
            }

            @Override
            public EnergyGrid energy() {
                return base.energy();
            }

            @Override
            public List<String> parameterColumns() {
                return base.parameterColumns();
            }

            @Override
            public List<String> sweptParameters() {
                return base.sweptParameters();
            }
        };
        ThermalObservable thermal = new ThermalObservable();
        for (boolean columns : new boolean[] {true, false}) {
            ThermalObservable o = new ThermalObservable(thermal.model(), Double.NaN, Double.NaN, columns);
            SweepRunner runner = new SweepRunner(plan, KernelProvider.get(), List.of(new SpectrumSummary(), o),
                    new SweepRunner.Settings(2, 2, false, 1, true));
            List<BatchResult> batches = new ArrayList<>();
            runner.run(new PartPlan(6, 3, 0, 1), p -> true, new PartSink() {
                @Override
                public void accept(BatchResult batch) {
                    batches.add(batch);
                }

                @Override
                public void partComplete(long part) {}
            }, ProgressListener.NONE);
            assertEquals(3 + (columns ? ThermalObservable.COLUMN_COUNT : 0), runner.columns().size());
            long id = 0;
            for (BatchResult b : batches) {
                assertTrue(b.hasResonances());
                for (int r = 0; r < b.size(); r++, id++) {
                    assertEquals(thermal.resonances(plan.configuration(id)), b.resonances(r), "config " + id);
                    assertTrue(!b.resonances(r).isEmpty());
                    if (columns) {
                        assertEquals(b.resonances(r).size(), b.summary(r, 3 + 9), "resonance_count");
                    }
                }
            }
            assertEquals(6, id);
        }
        // resonances asked for, but no observable gives them: a clear failure, not a silent empty table
        SweepRunner none = new SweepRunner(plan, KernelProvider.get(), List.of(new SpectrumSummary()),
                new SweepRunner.Settings(1, 2, false, 1, true));
        assertThrows(IllegalStateException.class, () -> none.run(new PartPlan(6, 3, 0, 1), p -> true,
                new RecordingSink(), ProgressListener.NONE));
    }

    @Test
    void skippedPartsAreNotRecomputed() throws Exception {
        SweepPlan plan = plan(100);
        PartPlan parts = new PartPlan(plan.size(), 10, 0, 1);
        SweepRunner runner = new SweepRunner(plan, KernelProvider.get(), List.of(new SpectrumSummary()),
                new SweepRunner.Settings(2, 4, false, 1));
        RecordingSink sink = new RecordingSink();
        RunStats stats = runner.run(parts, p -> p % 2 == 1, sink, ProgressListener.NONE);
        assertEquals(List.of(1L, 3L, 5L, 7L, 9L), sink.completed);
        assertEquals(50, stats.configurations());
    }

    @Test
    void aFailingSinkStopsTheRunWithItsError() {
        SweepPlan plan = plan(100);
        SweepRunner runner = new SweepRunner(plan, KernelProvider.get(), List.of(new SpectrumSummary()),
                new SweepRunner.Settings(2, 4, false, 1));
        PartSink failing = new PartSink() {
            @Override
            public void accept(BatchResult batch) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void partComplete(long part) {}
        };
        var e = assertThrows(java.io.IOException.class,
                () -> runner.run(new PartPlan(100, 10, 0, 1), p -> true, failing, ProgressListener.NONE));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void partPlanCoversEveryIdOnce() {
        PartPlan p = PartPlan.forRows(1_000_003, 1024, 0, 1);
        assertEquals(1024, p.configsPerPart());
        long covered = 0;
        for (long k = 0; k < p.partCount(); k++) {
            covered += p.endConfig(k) - p.firstConfig(k);
        }
        assertEquals(1_000_003, covered);
        assertEquals(PartPlan.MAX_CONFIGS_PER_PART, PartPlan.forRows(10, 1, 0, 1).configsPerPart());
    }
}
